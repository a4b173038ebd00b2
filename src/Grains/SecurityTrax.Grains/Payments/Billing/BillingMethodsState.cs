using SecurityTrax.Outbox;

namespace SecurityTrax.Payments.Billing;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class BillingMethodsState : IHasOutbox
{
    /// <summary>Chosen and stored before the processor customer is created, so a retry creates the same one.</summary>
    public string? CustomerKey { get; set; }

    public string? ProcessorCustomerId { get; set; }

    public string? Processor { get; set; }

    public int Setups { get; set; }

    public int LastId { get; set; }

    public string? DefaultId { get; set; }

    public List<BillingMethodRecord> Methods { get; set; } = [];

    public int Version { get; set; }

    public OutboxState Outbox { get; set; } = new();
}
