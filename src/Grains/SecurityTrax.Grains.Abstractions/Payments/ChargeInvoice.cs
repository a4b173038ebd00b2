namespace SecurityTrax.Payments;

/// <summary>Charge a customer's billing method (the default when <see cref="BillingMethodId"/> is null) and apply it to an invoice.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.ChargeInvoice")]
public sealed record ChargeInvoice(
    [property: Id(0)] long CustomerId,
    [property: Id(1)] string? BillingMethodId,
    [property: Id(2)] decimal Amount,
    [property: Id(3)] long InvoiceId);
