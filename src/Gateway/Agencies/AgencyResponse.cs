using SecurityTrax.Agencies;
using SecurityTrax.Customers;
using SecurityTrax.Gateway.Customers;

namespace SecurityTrax.Gateway.Agencies;

/// <summary>An agency of the directory with its own <see cref="ETag"/> (the If-Match of its PUT and DELETE).</summary>
public sealed record AgencyResponse(
    int Id, ContactType Kind, string Name, PhoneDto[] Phones, AddressDto? Address, string[] Zips, string[] Cities, string ETag)
{
    public static AgencyResponse From(AgencyDetails a) => new(
        a.Id, a.Kind, a.Name, [.. a.Phones.Select(PhoneDto.From)], AddressDto.From(a.Address), a.Zips, a.Cities, Http.ETags.Format(a.Version));
}
