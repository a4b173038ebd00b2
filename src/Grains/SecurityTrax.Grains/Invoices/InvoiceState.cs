using SecurityTrax.Customers;
using SecurityTrax.Outbox;

namespace SecurityTrax.Invoices;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class InvoiceState : IHasOutbox
{
    public bool Exists { get; set; }

    public bool Deleted { get; set; }

    public bool Voided { get; set; }

    public InvoiceType Type { get; set; }

    public long CustomerId { get; set; }

    /// <summary>Name and addresses as of the last change, so a printout shows whom the invoice was written to.</summary>
    public string CustomerName { get; set; } = "";

    public Address? BillingAddress { get; set; }

    public Address? ServiceAddress { get; set; }

    public DateOnly SaleDate { get; set; }

    public PaymentTerm Term { get; set; }

    public string? PoNumber { get; set; }

    public string? Note { get; set; }

    public List<InvoiceLine> Lines { get; set; } = [];

    public int LastLineId { get; set; }

    /// <summary>On an invoice: credit (later payments) applied to it. On a credit memo: credit it gave to invoices.</summary>
    public List<InvoiceApplication> Applications { get; set; } = [];

    /// <summary>The number of the newest application; applications are numbered 1, 2, … within the invoice.</summary>
    public int LastApplication { get; set; }

    /// <summary>Amounts payments in progress hold before they charge, so two payments never both take the same due.</summary>
    public List<InvoiceHold> Holds { get; set; } = [];

    /// <summary>Applications a void took off this invoice that the payment or credit memo behind them has yet to learn of.</summary>
    public List<InvoiceApplication> Returning { get; set; } = [];

    public long? QuoteId { get; set; }

    public long? ConvertedToInvoiceId { get; set; }

    public long? RecurringInvoiceId { get; set; }

    /// <summary>On an invoice a recurring invoice made: which of its occurrences (1-based) this is.</summary>
    public int? RecurringOccurrence { get; set; }

    /// <summary>True while the customer's equipment does not know this invoice (made without equipment lines).</summary>
    public bool Unattached { get; set; }

    /// <summary>Equipment lines already brought over onto the customer's equipment.</summary>
    public List<int> ConvertedLineIds { get; set; } = [];

    /// <summary>Equipment rows (and the activation fee) this invoice dropped and has yet to give back to the customer.</summary>
    public List<int> ReleaseRowIds { get; set; } = [];

    public bool ReleaseActivationFee { get; set; }

    /// <summary>Where the chase of a failed automatic charge stands, as the customer's dunning grain last said.</summary>
    public Dunning.InvoiceDunning? Dunning { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    public OutboxState Outbox { get; set; } = new();
}
