using SecurityTrax.Outbox;

namespace SecurityTrax.Equipment;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class CustomerEquipmentState : IHasOutbox
{
    public List<EquipmentRow> Rows { get; set; } = [];

    public int LastRowId { get; set; }

    /// <summary>The invoice the activation fee is on, if any.</summary>
    public long? ActivationFeeInvoiceId { get; set; }

    /// <summary>Every invoice, quote and credit memo written for the customer.</summary>
    public List<long> InvoiceIds { get; set; } = [];

    /// <summary>"{invoice}:{line}" of every invoice line that already became a row.</summary>
    public HashSet<string> ConvertedLines { get; set; } = [];

    public OutboxState Outbox { get; set; } = new();
}
