using Npgsql;
using Orleans.Concurrency;

namespace SecurityTrax.Notifications;

[StatelessWorker]
public sealed class NotificationInboxGrain(NpgsqlDataSource database) : Grain, INotificationInboxGrain
{
    public Task<NotificationDetails[]> ReadAsync(string userId, long after, int limit) => QueryAsync("""
        SELECT seq, id, kind, title, body, data::text, created_at
        FROM notifications
        WHERE tenant_id = $1 AND user_id = $2 AND seq > $3
        ORDER BY seq
        LIMIT $4
        """, userId, after, limit);

    public Task<NotificationDetails[]> ReadNewestAsync(string userId, long before, int limit) => QueryAsync("""
        SELECT seq, id, kind, title, body, data::text, created_at
        FROM notifications
        WHERE tenant_id = $1 AND user_id = $2 AND seq < $3
        ORDER BY seq DESC
        LIMIT $4
        """, userId, before <= 0 ? long.MaxValue : before, limit);

    public Task<InboxReadMark> ReadMarkAsync(string userId) => Marks().ReadAsync(userId);

    public Task<InboxReadMark?> MarkReadAsync(string userId, long upTo) => Marks().MarkAsync(userId, upTo);

    private InboxReadMarks Marks() => new(database, GrainKeys.TenantOf(this.GetPrimaryKeyString()));

    private async Task<NotificationDetails[]> QueryAsync(string sql, string userId, long bound, int limit)
    {
        var tenant = GrainKeys.TenantOf(this.GetPrimaryKeyString());
        await using var command = database.CreateCommand(sql);
        command.Parameters.Add(new() { Value = tenant });
        command.Parameters.Add(new() { Value = userId });
        command.Parameters.Add(new() { Value = bound });
        command.Parameters.Add(new() { Value = Math.Clamp(limit, 1, INotificationInboxGrain.MaxPage) });
        await using var reader = await command.ExecuteReaderAsync();
        var page = new List<NotificationDetails>();
        while (await reader.ReadAsync())
        {
            page.Add(new NotificationDetails(
                tenant,
                userId,
                reader.GetInt64(0),
                reader.GetGuid(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                StoredNotificationData.FromJson(reader.GetString(5)),
                reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return [.. page];
    }
}
