using Npgsql;

namespace SecurityTrax.Notifications;

/// <summary>
/// The per-user read marks of one company's inboxes (table <c>notification_read_marks</c>). A mark is a sequence of
/// the user's own inbox; it only moves forward, in the database itself, so two browsers marking at once keep the
/// higher mark whatever order their writes land in.
/// </summary>
public sealed class InboxReadMarks(NpgsqlDataSource database, string tenant)
{
    public async Task<InboxReadMark> ReadAsync(string userId)
    {
        await using var command = Command("""
            WITH mark AS (
                SELECT COALESCE(MAX(read_up_to), 0) AS up_to
                FROM notification_read_marks
                WHERE tenant_id = $1 AND user_id = $2)
            SELECT mark.up_to,
                   (SELECT count(*) FROM notifications n WHERE n.tenant_id = $1 AND n.user_id = $2 AND n.seq > mark.up_to)::int
            FROM mark
            """, userId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new InboxReadMark(reader.GetInt64(0), reader.GetInt32(1));
    }

    /// <summary>Null, and nothing stored, when the user has no notification at or after <paramref name="upTo"/>.</summary>
    public async Task<InboxReadMark?> MarkAsync(string userId, long upTo)
    {
        if (upTo < 1)
        {
            return null;
        }

        // Only a sequence the user's inbox has reached may be marked: a mark beyond it would silently mark
        // notifications that do not exist yet as read.
        await using var command = Command("""
            INSERT INTO notification_read_marks (tenant_id, user_id, read_up_to)
            SELECT $1, $2, $3
            WHERE EXISTS (SELECT 1 FROM notifications WHERE tenant_id = $1 AND user_id = $2 AND seq >= $3)
            ON CONFLICT (tenant_id, user_id)
                DO UPDATE SET read_up_to = GREATEST(notification_read_marks.read_up_to, EXCLUDED.read_up_to)
            RETURNING 1
            """, userId);
        command.Parameters.Add(new() { Value = upTo });
        return await command.ExecuteScalarAsync() is null ? null : await ReadAsync(userId);
    }

    private NpgsqlCommand Command(string sql, string userId)
    {
        var command = database.CreateCommand(sql);
        command.Parameters.Add(new() { Value = tenant });
        command.Parameters.Add(new() { Value = userId });
        return command;
    }
}
