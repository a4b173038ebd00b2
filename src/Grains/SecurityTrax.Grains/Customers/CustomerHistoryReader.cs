using System.Globalization;
using System.Text;
using Npgsql;
using SecurityTrax.Persistence;

namespace SecurityTrax.Customers;

/// <summary>One customer's history rows, newest first, filtered and paged by (time, id).</summary>
public static class CustomerHistoryReader
{
    public static async Task<HistoryPage> ReadAsync(NpgsqlDataSource database, string tenant, HistoryQuery query)
    {
        var limit = Math.Clamp(query.Limit, 1, ICustomerQueryGrain.MaxPage);
        var sql = new StringBuilder("""
            SELECT id, occurred_at, actor_id, actor_name, action, entity_type, entity_id, field, old_value, new_value,
                   source, client_ip, correlation_id, number
            FROM history
            WHERE tenant_id = @tenant AND subject_type = 'customer' AND subject_id = @customer
            """);
        await using var command = database.CreateCommand();
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("customer", query.CustomerId.ToString(CultureInfo.InvariantCulture));
        SqlFilter.AndIf(sql, command, "occurred_at >= @from", "from", query.From);
        SqlFilter.AndIf(sql, command, "occurred_at < @to", "to", query.To);
        SqlFilter.AndIf(sql, command, "actor_id = @user", "user", query.UserId);
        SqlFilter.AndIf(sql, command, "action = @action", "action", query.Action);
        SqlFilter.AndIf(sql, command, "entity_type = @entity", "entity", query.Entity);
        if (query.Cursor is { } cursor)
        {
            var (at, id) = PageCursor.DecodeInstant(cursor);
            var rowId = Guid.TryParse(id, out var parsed) ? parsed : throw PageCursor.NotOurs();
            sql.Append(" AND (occurred_at, id) < (@afterAt, @afterId)");
            command.Parameters.AddWithValue("afterAt", at);
            command.Parameters.AddWithValue("afterId", rowId);
        }

        sql.Append(" ORDER BY occurred_at DESC, id DESC LIMIT @limit");
        command.Parameters.AddWithValue("limit", limit + 1);
        command.CommandText = sql.ToString();

        var items = new List<HistoryItem>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                items.Add(new HistoryItem(
                    reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3),
                    reader.GetString(4), reader.GetString(5), reader.GetString(6), Text(reader, 7), Text(reader, 8),
                    Text(reader, 9), reader.GetString(10), Text(reader, 11), Text(reader, 12), reader.GetInt64(13)));
            }
        }

        var page = items.Take(limit).ToArray();
        var next = items.Count > limit
            ? PageCursor.EncodeInstant(page[^1].OccurredAt, page[^1].Id.ToString())
            : null;
        return new HistoryPage(page, next);
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
