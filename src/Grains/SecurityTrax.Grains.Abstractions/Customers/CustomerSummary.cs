namespace SecurityTrax.Customers;

[GenerateSerializer, Immutable, Alias("SecurityTrax.CustomerSummary")]
public sealed record CustomerSummary(
    [property: Id(0)] long Id,
    [property: Id(1)] CustomerStage Stage,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] string? Email,
    [property: Id(4)] string[] Phones,
    [property: Id(5)] string? ServiceAddress,
    [property: Id(6)] string[] Tags,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] DateTimeOffset UpdatedAt,
    [property: Id(9)] bool PastDue = false,
    [property: Id(10)] bool Suspended = false);
