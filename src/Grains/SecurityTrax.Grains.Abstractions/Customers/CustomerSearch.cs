namespace SecurityTrax.Customers;

/// <summary>A page request over the tenant's customer list; <see cref="Cursor"/> comes from the previous page.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CustomerSearch")]
public sealed record CustomerSearch(
    [property: Id(0)] string? Text,
    [property: Id(1)] CustomerStage? Stage,
    [property: Id(2)] string? Tag,
    [property: Id(3)] CustomerSort Sort,
    [property: Id(4)] bool Descending,
    [property: Id(5)] string? Cursor,
    [property: Id(6)] int Limit,
    [property: Id(7)] bool? PastDue = null,
    [property: Id(8)] bool? Suspended = null);
