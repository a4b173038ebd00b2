using System.ComponentModel.DataAnnotations;
using SecurityTrax.Customers;

namespace SecurityTrax.Gateway.Customers;

/// <summary>Kind: mobile, home, work or other. Number: US (10 digits) or international with a leading +.</summary>
public sealed record PhoneDto([property: Required] string? Kind, [property: Required] string? Number)
{
    public Phone ToPhone() => new(Kind ?? "", Number ?? "");

    public static PhoneDto From(Phone p) => new(p.Kind, p.Number);
}
