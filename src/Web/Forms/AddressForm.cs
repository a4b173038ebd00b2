using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Forms;

/// <summary>An address as typed; all blank means no address.</summary>
public sealed class AddressForm
{
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? Zip { get; set; }

    public static AddressForm From(Address? a) => new() { Line1 = a?.Line1, Line2 = a?.Line2, City = a?.City, State = a?.State, Zip = a?.Zip };

    public Address? ToAddress() =>
        new[] { Line1, Line2, City, State, Zip }.All(string.IsNullOrWhiteSpace)
            ? null
            : new Address(Clean(Line1), Clean(Line2), Clean(City), Clean(State)?.ToUpperInvariant(), Clean(Zip));

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
