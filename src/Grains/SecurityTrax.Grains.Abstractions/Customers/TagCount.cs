namespace SecurityTrax.Customers;

[GenerateSerializer, Immutable, Alias("SecurityTrax.TagCount")]
public sealed record TagCount([property: Id(0)] string Tag, [property: Id(1)] int Customers);
