using SecurityTrax.Outbox;

namespace SecurityTrax.Portal;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class CustomerPayLinksState : IHasOutbox
{
    public int LastNumber { get; set; }

    public List<PayLinkRecord> Links { get; set; } = [];

    public int Version { get; set; }

    public OutboxState Outbox { get; set; } = new();
}
