using SecurityTrax.Outbox;

namespace SecurityTrax.Payments;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class PaymentState : IHasOutbox
{
    public bool Exists { get; set; }

    public string OperationId { get; set; } = "";

    /// <summary>The processor idempotency key of the charge, stored before the first call.</summary>
    public string ChargeKey { get; set; } = "";

    public long CustomerId { get; set; }

    public PaymentType Type { get; set; }

    public PaymentMethodKind Method { get; set; }

    public string MethodDisplay { get; set; } = "";

    public string? BillingMethodId { get; set; }

    public string? ProcessorCustomerId { get; set; }

    public string? Token { get; set; }

    public string? Processor { get; set; }

    /// <summary>The processor account the payment was made on (<see cref="Processing.ProcessorAccount"/>), stored before the first call; null for payments made before accounts were pinned.</summary>
    public string? ProcessorAccount { get; set; }

    public decimal Amount { get; set; }

    public PaymentStatus Status { get; set; }

    public string? Reason { get; set; }

    public string? TransactionId { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the charge was first sent: its key is only good at the processor for a day after (<see cref="PaymentRetryPolicy"/>).</summary>
    public DateTimeOffset? FirstChargeAt { get; set; }

    /// <summary>Processor calls in a row (charge or check) that brought no answer about the payment.</summary>
    public int Unanswered { get; set; }

    /// <summary>The earliest time the reminder asks the processor again after an unanswered call; null: at the next tick.</summary>
    public DateTimeOffset? NextTryAt { get; set; }

    /// <summary>The charge was not sent again because its key would soon expire at the processor; a person decides.</summary>
    public bool ChargeStopped { get; set; }

    /// <summary>The office was told that this payment needs a person (once).</summary>
    public bool AttentionSent { get; set; }

    public DateOnly? PostingDate { get; set; }

    public DateOnly PaymentDate { get; set; }

    public string? Reference { get; set; }

    public string? Note { get; set; }

    public bool EmailReceipt { get; set; }

    public string? ReceiptTo { get; set; }

    public bool ReceiptDone { get; set; }

    /// <summary>Applications asked for with the payment, made once the money is in.</summary>
    public List<ApplicationRequest> Wanted { get; set; } = [];

    /// <summary>True when the invoices hold the <see cref="Wanted"/> amounts under <see cref="InvoiceHolds.Id"/> ids (payments made before holds did not).</summary>
    public bool WantedHeld { get; set; }

    public List<ApplicationRecord> Applications { get; set; } = [];

    public int LastApplication { get; set; }

    public List<PaymentRefund> Refunds { get; set; } = [];

    public List<PendingRefund> PendingRefunds { get; set; } = [];

    /// <summary>Refund operation id → the refund payment it made, so a repeated refund request refunds once.</summary>
    public Dictionary<string, long> RefundOperations { get; set; } = [];

    /// <summary>The processor's ids of this payment's refunds (ours and those made outside), so a webhook about one records it once.</summary>
    public List<string> ProcessorRefundIds { get; set; } = [];

    public long? OriginalPaymentId { get; set; }

    public bool Disputed { get; set; }

    /// <summary>Money taken back by lost disputes: no longer kept, so it comes off the applications.</summary>
    public decimal DisputeLost { get; set; }

    /// <summary>The processor's ids of disputes whose end was recorded, so each is recorded once.</summary>
    public List<string> ClosedDisputes { get; set; } = [];

    /// <summary>The processor idempotency key of a void, stored before the processor is asked; null when no void waits.</summary>
    public string? VoidKey { get; set; }

    public string? VoidReason { get; set; }

    /// <summary>The newest processor event ids this payment handled (at most <see cref="PaymentGrain.EventsRemembered"/>).</summary>
    public List<string> ProcessorEvents { get; set; } = [];

    public List<ProcessingLogEntry> Log { get; set; } = [];

    /// <summary>The operation that processed a saved payment, so its repeat answers the payment instead of a conflict.</summary>
    public string? ProcessOperationId { get; set; }

    /// <summary>When a succeeded card payment settles at the processor's cut-off; until then it is voided, not refunded. Null: settled when it succeeded.</summary>
    public DateTimeOffset? SettlesAt { get; set; }

    /// <summary>The customer confirms the charge in the browser (a payment intent and its client secret), not us off-session.</summary>
    public bool InBrowser { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The processor told us what the customer paid with (an <see cref="InBrowser"/> payment).</summary>
    public bool MethodKnown { get; set; }

    /// <summary>The customer consented to saving the method as a billing method (and as the default) once it is charged.</summary>
    public bool SaveMethod { get; set; }

    public bool MakeDefaultMethod { get; set; }

    /// <summary>The billing method the payment's method was saved as; empty when it could not be saved.</summary>
    public string? SavedMethodId { get; set; }

    public string InitiatedById { get; set; } = "";

    public string InitiatedByName { get; set; } = "";

    public DateTimeOffset InitiatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    public OutboxState Outbox { get; set; } = new();
}
