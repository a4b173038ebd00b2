using SecurityTrax.Customers;

namespace SecurityTrax.Gateway.Customers;

public sealed record AddressDto(string? Line1, string? Line2, string? City, string? State, string? Zip)
{
    public Address ToAddress() => new(Line1 ?? "", Line2, City ?? "", State ?? "", Zip ?? "");

    public static AddressDto? From(Address? a) => a is null ? null : new(a.Line1, a.Line2, a.City, a.State, a.Zip);
}
