using SecurityTrax.Outbox;

namespace SecurityTrax.CreditReports;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class CreditReportBookState : IHasOutbox
{
    /// <summary>Oldest first.</summary>
    public List<CreditReportRecord> Reports { get; set; } = [];

    public long LastReportId { get; set; }

    public int Version { get; set; }

    public OutboxState Outbox { get; set; } = new();
}
