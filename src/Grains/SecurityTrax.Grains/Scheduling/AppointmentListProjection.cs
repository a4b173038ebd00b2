using System.Text.Json;
using Npgsql;
using SecurityTrax.Outbox;

namespace SecurityTrax.Scheduling;

/// <summary>Writes <see cref="AppointmentRow"/>s into <c>appointment_list</c>, keeping only the newest version.</summary>
public sealed class AppointmentListProjection : IReadModelProjection
{
    private const string Sql = """
        INSERT INTO appointment_list (tenant_id, appointment_id, version, customer_id, customer_name, type, start_at, end_at,
                                      arrival_window, technician_ids, status, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
        ON CONFLICT (tenant_id, appointment_id) DO UPDATE SET
            version = excluded.version, customer_name = excluded.customer_name, type = excluded.type,
            start_at = excluded.start_at, end_at = excluded.end_at, arrival_window = excluded.arrival_window,
            technician_ids = excluded.technician_ids, status = excluded.status, updated_at = excluded.updated_at
        WHERE appointment_list.version < excluded.version
        """;

    public string Kind => AppointmentRow.Kind;

    public NpgsqlBatchCommand Upsert(string tenant, ReadModelUpsert upsert)
    {
        var row = JsonSerializer.Deserialize<AppointmentRow>(upsert.Json)
            ?? throw new InvalidOperationException($"Empty appointment row for {upsert.Id}.");
        return OutboxWriter.Command(
            Sql, tenant, row.AppointmentId, upsert.Version, row.CustomerId, row.CustomerName, row.Type, row.StartAt, row.EndAt,
            row.ArrivalWindow, row.TechnicianIds, row.Status, row.CreatedAt, row.UpdatedAt);
    }
}
