namespace SecurityTrax.Customers;

[GenerateSerializer, Immutable, Alias("SecurityTrax.ContactDetails")]
public sealed record ContactDetails(
    [property: Id(0)] int Id,
    [property: Id(1)] int Priority,
    [property: Id(2)] ContactInput Contact,
    [property: Id(3)] int Version);
