namespace SecurityTrax.Customers;

[GenerateSerializer, Immutable, Alias("SecurityTrax.CustomerPage")]
public sealed record CustomerPage(
    [property: Id(0)] CustomerSummary[] Items,
    [property: Id(1)] string? NextCursor);
