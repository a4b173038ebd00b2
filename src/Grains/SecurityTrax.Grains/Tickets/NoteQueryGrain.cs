using System.Globalization;
using System.Text;
using Npgsql;
using Orleans.Concurrency;
using SecurityTrax.Customers;
using SecurityTrax.Persistence;

namespace SecurityTrax.Tickets;

[StatelessWorker]
public sealed class NoteQueryGrain(NpgsqlDataSource database) : Grain, INoteQueryGrain
{
    private const string Columns = """
        SELECT note_id, customer_id, customer_name, note_type, subject, author_id, is_ticket, assignee_id, priority, status, due,
               created_at, updated_at
        FROM note_list
        WHERE tenant_id = @tenant AND NOT deleted
        """;

    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public Task<NotePage> ForCustomerAsync(long customerId, string? cursor, int limit)
    {
        var sql = new StringBuilder(Columns).Append(" AND customer_id = @customer");
        return PageAsync(sql, cursor, limit, c => c.Parameters.AddWithValue("customer", customerId));
    }

    public Task<NotePage> QueueAsync(TicketQueueQuery q)
    {
        var sql = new StringBuilder(Columns).Append(" AND is_ticket");
        return PageAsync(sql, q.Cursor, q.Limit, command =>
        {
            if (q.Statuses is { Length: > 0 } statuses)
            {
                sql.Append(" AND status = ANY(@statuses)");
                command.Parameters.AddWithValue("statuses", statuses.Select(NoteChanges.Name).ToArray());
            }

            SqlFilter.AndIf(sql, command, "assignee_id = @assignee", "assignee", q.AssigneeId);
            SqlFilter.AndIf(sql, command, "priority = @priority", "priority", q.Priority is { } p ? NoteChanges.Name(p) : null);
            SqlFilter.AndIf(sql, command, "lower(note_type) = lower(@type)", "type", q.NoteType);
            SqlFilter.AndIf(sql, command, "customer_id = @customer", "customer", q.CustomerId);
            SqlFilter.AndIf(sql, command, "due >= @dueFrom", "dueFrom", q.DueFrom);
            SqlFilter.AndIf(sql, command, "due < @dueTo", "dueTo", q.DueTo);
            SqlFilter.AndIf(sql, command, "created_at >= @createdFrom", "createdFrom", q.CreatedFrom);
            SqlFilter.AndIf(sql, command, "created_at < @createdTo", "createdTo", q.CreatedTo);
        });
    }

    // Newest first, keyset-paged on (created_at, note_id).
    private async Task<NotePage> PageAsync(StringBuilder sql, string? cursor, int limit, Action<NpgsqlCommand> filters)
    {
        limit = Math.Clamp(limit, 1, ICustomerQueryGrain.MaxPage);
        await using var command = database.CreateCommand();
        command.Parameters.AddWithValue("tenant", Tenant);
        filters(command);
        if (cursor is not null)
        {
            var (at, id) = PageCursor.DecodeInstant(cursor);
            var noteId = long.TryParse(id, CultureInfo.InvariantCulture, out var parsed) ? parsed : throw PageCursor.NotOurs();
            sql.Append(" AND (created_at, note_id) < (@afterAt, @afterId)");
            command.Parameters.AddWithValue("afterAt", at);
            command.Parameters.AddWithValue("afterId", noteId);
        }

        sql.Append(" ORDER BY created_at DESC, note_id DESC LIMIT @limit");
        command.Parameters.AddWithValue("limit", limit + 1);
        command.CommandText = sql.ToString();
        var items = new List<NoteSummary>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                items.Add(new NoteSummary(
                    reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    reader.GetBoolean(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                    reader.IsDBNull(8) ? null : Enum.Parse<TicketPriority>(reader.GetString(8), ignoreCase: true),
                    reader.IsDBNull(9) ? null : ParseStatus(reader.GetString(9)),
                    reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10),
                    reader.GetFieldValue<DateTimeOffset>(11), reader.GetFieldValue<DateTimeOffset>(12)));
            }
        }

        var page = items.Take(limit).ToArray();
        var next = items.Count > limit
            ? PageCursor.EncodeInstant(page[^1].CreatedAt, page[^1].Id.ToString(CultureInfo.InvariantCulture))
            : null;
        return new NotePage(page, next);
    }

    private static TicketStatus ParseStatus(string status) => status == "in_progress" ? TicketStatus.InProgress : Enum.Parse<TicketStatus>(status, ignoreCase: true);
}
