using Npgsql;
using Orleans.Concurrency;

namespace SecurityTrax.Identity;

[StatelessWorker]
public sealed class SecurityLogGrain(NpgsqlDataSource database) : Grain, ISecurityLogGrain
{
    public const int MaxPage = 200;

    public async Task<SecurityEventDetails[]> ReadAsync(long? before, int limit)
    {
        await using var command = database.CreateCommand("""
            SELECT seq, occurred_at, kind, user_id, user_name, actor_name, client_ip, detail
            FROM security_log
            WHERE tenant_id = $1 AND seq < $2
            ORDER BY seq DESC
            LIMIT $3
            """);
        command.Parameters.Add(new() { Value = GrainKeys.TenantOf(this.GetPrimaryKeyString()) });
        command.Parameters.Add(new() { Value = before ?? long.MaxValue });
        command.Parameters.Add(new() { Value = Math.Clamp(limit, 1, MaxPage) });
        await using var reader = await command.ExecuteReaderAsync();
        var page = new List<SecurityEventDetails>();
        while (await reader.ReadAsync())
        {
            page.Add(new SecurityEventDetails(
                reader.GetInt64(0),
                reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return [.. page];
    }
}
