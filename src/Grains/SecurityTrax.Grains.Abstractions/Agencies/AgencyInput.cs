using SecurityTrax.Customers;

namespace SecurityTrax.Agencies;

/// <summary>
/// An agency of the directory: <see cref="Kind"/> is police, fire or medical; it covers the <see cref="Zips"/> (five
/// digits) and the <see cref="Cities"/> ("Denver, CO").
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.AgencyInput")]
public sealed record AgencyInput(
    [property: Id(0)] ContactType Kind,
    [property: Id(1)] string Name,
    [property: Id(2)] Phone[] Phones,
    [property: Id(3)] Address? Address,
    [property: Id(4)] string[] Zips,
    [property: Id(5)] string[] Cities);
