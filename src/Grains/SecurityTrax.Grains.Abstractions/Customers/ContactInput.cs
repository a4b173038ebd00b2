namespace SecurityTrax.Customers;

[GenerateSerializer, Immutable, Alias("SecurityTrax.ContactInput")]
public sealed record ContactInput(
    [property: Id(0)] ContactType Type,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Relationship,
    [property: Id(3)] Phone[] Phones,
    [property: Id(4)] string? Note,
    [property: Id(5)] string? AgencyName,
    [property: Id(6)] string? PermitNumber);
