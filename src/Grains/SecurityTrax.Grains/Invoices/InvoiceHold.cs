namespace SecurityTrax.Invoices;

/// <summary>
/// An amount a payment in progress holds on an invoice, from before it charges until its application is made or the
/// hold is released. <see cref="Id"/> is the application id the payment will apply under. Stored as JSON; add members, never rename them.
/// </summary>
public sealed class InvoiceHold
{
    public string Id { get; set; } = "";

    public long PaymentId { get; set; }

    public decimal Amount { get; set; }

    public DateTimeOffset At { get; set; }
}
