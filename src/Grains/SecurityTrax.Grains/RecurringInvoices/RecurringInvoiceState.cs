using SecurityTrax.Invoices;
using SecurityTrax.Outbox;

namespace SecurityTrax.RecurringInvoices;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class RecurringInvoiceState : IHasOutbox
{
    public bool Exists { get; set; }

    public bool Deleted { get; set; }

    public long CustomerId { get; set; }

    public List<InvoiceLine> Lines { get; set; } = [];

    public PaymentTerm Term { get; set; }

    public string? PoNumber { get; set; }

    public RecurrenceRule Schedule { get; set; } = new(default, 1, RecurrenceUnit.Months, 1);

    /// <summary>The company's time zone when the recurring invoice was made; its schedule stays in it.</summary>
    public string TimeZone { get; set; } = "";

    public bool EmailInvoice { get; set; }

    public string? BillingMethodId { get; set; }

    public bool EmailPaymentResult { get; set; }

    /// <summary>Invoice number of occurrence k (0-based) at index k, stored before that invoice is made.</summary>
    public List<long> InvoiceNumbers { get; set; } = [];

    /// <summary>Occurrences whose invoice (and e-mail) are known to be made; the rest of <see cref="InvoiceNumbers"/> are finished on the next run.</summary>
    public int Finished { get; set; }

    /// <summary>Occurrences whose charge was attempted and recorded (in order), when a billing method is charged.</summary>
    public int Charged { get; set; }

    /// <summary>The amount of the next charge, stored before it is made so a repeat charges the same.</summary>
    public decimal? PendingChargeAmount { get; set; }

    /// <summary>True once the hourly reminder is registered, until the schedule ends or the recurring invoice is deleted.</summary>
    public bool Reminding { get; set; }

    public string CreatedById { get; set; } = "";

    public string CreatedByName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; }

    public OutboxState Outbox { get; set; } = new();
}
