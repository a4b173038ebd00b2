using SecurityTrax.Outbox;

namespace SecurityTrax.Files;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class CustomerFilesState : IHasOutbox
{
    /// <summary>Every file, deleted ones included until they are purged.</summary>
    public List<FileDetails> Files { get; set; } = [];

    public int LastFileId { get; set; }

    /// <summary>Uploads reserved and not yet committed, by blob id, with when each lapses.</summary>
    public Dictionary<Guid, DateTimeOffset> Reservations { get; set; } = [];

    /// <summary>Thumbnail attempts started, by file id; stored before each attempt so a crash counts as one.</summary>
    public Dictionary<int, int> ThumbnailAttempts { get; set; } = [];

    public OutboxState Outbox { get; set; } = new();
}
