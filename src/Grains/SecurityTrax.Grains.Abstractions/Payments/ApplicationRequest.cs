namespace SecurityTrax.Payments;

/// <summary>An amount of a payment to apply to an invoice.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.ApplicationRequest")]
public sealed record ApplicationRequest(
    [property: Id(0)] long InvoiceId,
    [property: Id(1)] decimal Amount);
