using System.Globalization;

namespace SecurityTrax.Payments;

/// <summary>The money of a payment, pure: what is applied, unapplied and refundable, and its record shapes.</summary>
public static class PaymentBook
{
    /// <summary>Money that came in and was not given back: a succeeded sale less its succeeded and pending refunds and lost disputes.</summary>
    public static decimal Kept(PaymentState s) =>
        s.Type == PaymentType.Sale && s.Status == PaymentStatus.Succeeded
            ? Math.Max(0m, s.Amount - Refunded(s) - s.PendingRefunds.Sum(r => r.Amount) - s.DisputeLost)
            : 0m;

    public static decimal Refunded(PaymentState s) => s.Refunds.Where(r => r.Status != PaymentStatus.Failed).Sum(r => r.Amount);

    public static decimal Unapplied(PaymentState s) => Math.Max(0m, Kept(s) - s.Applications.Sum(a => a.Reserved));

    public static decimal Refundable(PaymentState s) => s.Disputed ? 0m : Kept(s);

    /// <summary>A succeeded processed sale's place at the processor as of <paramref name="now"/>; null for anything else.</summary>
    public static PaymentSettlement? Settlement(PaymentState s, DateTimeOffset now) =>
        s is { Type: PaymentType.Sale, Status: PaymentStatus.Succeeded, Method: PaymentMethodKind.Card or PaymentMethodKind.BankAccount }
            ? s.SettlesAt > now ? PaymentSettlement.Authorised : PaymentSettlement.Settled
            : null;

    /// <summary>What a refund may take now: nothing while the payment is authorised (it is voided instead).</summary>
    public static decimal RefundableNow(PaymentState s, DateTimeOffset now) =>
        Settlement(s, now) == PaymentSettlement.Authorised ? 0m : Refundable(s);

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Name(PaymentStatus status) => status.ToString().ToLowerInvariant();

    public static string Name(PaymentType type) => type.ToString().ToLowerInvariant();

    public static string Name(PaymentMethodKind method) => method == PaymentMethodKind.BankAccount ? "bank_account" : method.ToString().ToLowerInvariant();

    public static PaymentDetails ToDetails(PaymentState s, long number, DateTimeOffset now) => new(
        number, s.CustomerId, s.Type, s.Method, s.MethodDisplay, s.BillingMethodId, s.Amount, s.Status, s.Reason, s.Processor,
        s.TransactionId, s.PostingDate, s.Reference, s.Note,
        [.. s.Applications.Where(a => a.Reserved > 0).Select(a => new PaymentApplication(a.Id, a.InvoiceId, a.Amount, a.AppliedAt, a.Number))],
        Unapplied(s), [.. s.Refunds], Refunded(s), RefundableNow(s, now), s.OriginalPaymentId, [.. s.Log], s.InitiatedById, s.InitiatedByName,
        s.InitiatedAt, s.UpdatedAt, s.Version, Settlement(s, now), AwaitingCustomer(s) ? s.ClientSecret : null);

    /// <summary>A payment the customer confirms in the browser, not confirmed yet: its client secret is still of use.</summary>
    public static bool AwaitingCustomer(PaymentState s) => s.InBrowser && s.Status == PaymentStatus.Processing && s.ClientSecret is not null && !s.MethodKnown;

    public static PaymentRow ToRow(PaymentState s, long number) => new(
        number, s.CustomerId, Name(s.Type), Name(s.Method), s.MethodDisplay, Name(s.Status), s.Amount, Unapplied(s), Refunded(s),
        s.TransactionId, s.OriginalPaymentId, s.InitiatedByName, s.InitiatedAt, s.PaymentDate, s.UpdatedAt);
}
