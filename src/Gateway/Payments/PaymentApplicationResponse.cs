using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Payments;

/// <summary>Part of a payment on an invoice; <c>id</c> is its number within the payment (<c>DELETE …/applications/{id}</c>).</summary>
public sealed record PaymentApplicationResponse(int Id, long InvoiceId, decimal Amount, DateTimeOffset AppliedAt)
{
    public static PaymentApplicationResponse From(PaymentApplication a) => new(a.Number, a.InvoiceId, a.Amount, a.AppliedAt);
}
