using SecurityTrax.Outbox;

namespace SecurityTrax.Dunning;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class DunningState : IHasOutbox
{
    public List<DunningCase> Cases { get; set; } = [];

    /// <summary>What the customer record was last told, so past due is set and cleared once.</summary>
    public bool PastDue { get; set; }

    /// <summary>A suspension told to the customer record that no payment has cleared yet.</summary>
    public bool Suspended { get; set; }

    public bool Reminding { get; set; }

    public OutboxState Outbox { get; set; } = new();
}
