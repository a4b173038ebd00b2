namespace SecurityTrax.Portal;

/// <summary>A pay link to make: for one invoice of the customer, or (null) the customer's whole portal; expiry null is the default.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.NewPayLink")]
public sealed record NewPayLink(
    [property: Id(0)] long? InvoiceId,
    [property: Id(1)] DateTimeOffset? ExpiresAt);
