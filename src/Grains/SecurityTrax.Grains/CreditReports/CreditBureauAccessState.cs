using SecurityTrax.Outbox;

namespace SecurityTrax.CreditReports;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class CreditBureauAccessState : IHasOutbox
{
    /// <summary>Oldest first.</summary>
    public List<BureauAccessRecord> Requests { get; set; } = [];

    public long LastRequestId { get; set; }

    public int Version { get; set; }

    public OutboxState Outbox { get; set; } = new();
}
