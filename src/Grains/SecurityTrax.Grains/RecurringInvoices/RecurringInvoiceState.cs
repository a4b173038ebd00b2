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

    /// <summary>The template's note, copied onto every invoice it makes.</summary>
    public string? Note { get; set; }

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

    /// <summary>The billing method the pending charge goes to (chosen or the default then), stored with its amount.</summary>
    public string? PendingChargeMethodId { get; set; }

    /// <summary>"Visa ending 4242": how the pending charge's method is named in the e-mail, even if it is removed later.</summary>
    public string? PendingChargeMethodDisplay { get; set; }

    /// <summary>
    /// True for recurring invoices made since a missing billing method means "the customer's default": older ones
    /// without a method were made as invoice-only and stay so.
    /// </summary>
    public bool ChargesDefault { get; set; }

    /// <summary>0-based occurrences whose invoice could not be made (their number stays reserved, unused); never charged.</summary>
    public List<int> Skipped { get; set; } = [];

    /// <summary>Steps of occurrences that could not be done, oldest first.</summary>
    public List<RecurringFailure> Failures { get; set; } = [];

    /// <summary>Failures in a row of <see cref="FailureStreakKind"/>; a step done without failure resets it.</summary>
    public int FailureStreak { get; set; }

    public string? FailureStreakKind { get; set; }

    /// <summary>Set while paused (no invoices, no charges) with the reason shown; cleared by resuming.</summary>
    public string? PausedReason { get; set; }

    public DateTimeOffset? PausedAt { get; set; }

    /// <summary>True once the hourly reminder is registered, until the schedule ends or the recurring invoice is deleted.</summary>
    public bool Reminding { get; set; }

    /// <summary>
    /// <see cref="RecurringOneTimeItems"/> marked for the next invoice made; that invoice presses its own button for each,
    /// then they are cleared (a repeat of that step presses the same idempotent buttons on the same invoice).
    /// </summary>
    public List<string> PendingItems { get; set; } = [];

    public string CreatedById { get; set; } = "";

    public string CreatedByName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; }

    public OutboxState Outbox { get; set; } = new();
}
