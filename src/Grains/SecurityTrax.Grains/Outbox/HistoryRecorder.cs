using SecurityTrax.Identity;

namespace SecurityTrax.Outbox;

/// <summary>Writes the history rows of one change to one subject (a customer) into the outbox.</summary>
public sealed class HistoryRecorder(OutboxState outbox, Caller actor, DateTimeOffset at, string subjectType, string subjectId)
{
    public void Add(string entityType, string entityId, string action, string? field = null, string? oldValue = null, string? newValue = null) =>
        outbox.History.Add(new HistoryEntry
        {
            Id = Guid.NewGuid(),
            OccurredAt = at,
            SubjectType = subjectType,
            SubjectId = subjectId,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Field = field,
            OldValue = oldValue,
            NewValue = newValue,
            ActorId = actor.UserId,
            ActorName = actor.UserName,
            Source = actor.Source,
            ClientIp = actor.ClientIp,
            CorrelationId = actor.CorrelationId,
        });

    /// <summary>One row per field whose value really changed; true if any did.</summary>
    public bool Changes(string entityType, string entityId, string action, IEnumerable<(string Field, string? Old, string? New)> fields)
    {
        var any = false;
        foreach (var (field, old, @new) in fields)
        {
            if (!string.Equals(old, @new, StringComparison.Ordinal))
            {
                Add(entityType, entityId, action, field, old, @new);
                any = true;
            }
        }

        return any;
    }
}
