using SecurityTrax.Customers;

namespace SecurityTrax.Agencies;

/// <summary>An agency of the directory as of its own <see cref="Version"/>.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.AgencyDetails")]
public sealed record AgencyDetails(
    [property: Id(0)] int Id,
    [property: Id(1)] ContactType Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] Phone[] Phones,
    [property: Id(4)] Address? Address,
    [property: Id(5)] string[] Zips,
    [property: Id(6)] string[] Cities,
    [property: Id(7)] int Version);
