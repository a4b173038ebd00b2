using System.Text.Json;
using Npgsql;
using SecurityTrax.Outbox;

namespace SecurityTrax.Scheduling;

/// <summary>Writes <see cref="TechnicianRow"/>s into <c>technician_list</c>, keeping only the newest version.</summary>
public sealed class TechnicianListProjection : IReadModelProjection
{
    private const string Sql = """
        INSERT INTO technician_list (tenant_id, user_id, version, name, working_hours)
        VALUES ($1, $2, $3, $4, $5::jsonb)
        ON CONFLICT (tenant_id, user_id) DO UPDATE SET version = excluded.version, name = excluded.name, working_hours = excluded.working_hours
        WHERE technician_list.version < excluded.version
        """;

    public string Kind => TechnicianRow.Kind;

    public NpgsqlBatchCommand Upsert(string tenant, ReadModelUpsert upsert)
    {
        var row = JsonSerializer.Deserialize<TechnicianRow>(upsert.Json)
            ?? throw new InvalidOperationException($"Empty technician row for {upsert.Id}.");
        return OutboxWriter.Command(Sql, tenant, row.UserId, upsert.Version, row.Name, JsonSerializer.Serialize(row.WorkingHours ?? []));
    }
}
