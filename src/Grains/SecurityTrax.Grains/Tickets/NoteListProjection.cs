using System.Text.Json;
using Npgsql;
using SecurityTrax.Outbox;

namespace SecurityTrax.Tickets;

/// <summary>Writes <see cref="NoteRow"/>s into <c>note_list</c>, keeping only the newest version.</summary>
public sealed class NoteListProjection : IReadModelProjection
{
    private const string Sql = """
        INSERT INTO note_list (tenant_id, note_id, version, customer_id, customer_name, deleted, note_type, subject, author_id,
                               is_ticket, assignee_id, priority, status, due, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
        ON CONFLICT (tenant_id, note_id) DO UPDATE SET
            version = excluded.version, customer_name = excluded.customer_name, deleted = excluded.deleted,
            note_type = excluded.note_type, subject = excluded.subject, is_ticket = excluded.is_ticket,
            assignee_id = excluded.assignee_id, priority = excluded.priority, status = excluded.status,
            due = excluded.due, updated_at = excluded.updated_at
        WHERE note_list.version < excluded.version
        """;

    public string Kind => NoteRow.Kind;

    public NpgsqlBatchCommand Upsert(string tenant, ReadModelUpsert upsert)
    {
        var row = JsonSerializer.Deserialize<NoteRow>(upsert.Json)
            ?? throw new InvalidOperationException($"Empty note row for {upsert.Id}.");
        return OutboxWriter.Command(
            Sql, tenant, row.NoteId, upsert.Version, row.CustomerId, row.CustomerName, row.Deleted, row.NoteType, row.Subject,
            row.AuthorId, row.IsTicket, row.AssigneeId, row.Priority, row.Status, row.Due, row.CreatedAt, row.UpdatedAt);
    }
}
