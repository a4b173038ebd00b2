using System.Text.RegularExpressions;
using SecurityTrax.Customers;
using SecurityTrax.Errors;

namespace SecurityTrax.Agencies;

/// <summary>Checks and cleans an agency; errors are keyed <paramref name="prefix"/> + the member (<c>zips[1]</c>, <c>lines[4].zips[1]</c>).</summary>
public static partial class AgencyRules
{
    public static AgencyInput Clean(AgencyInput input, List<FieldError> errors, string prefix = "")
    {
        if (input.Kind is not (ContactType.Police or ContactType.Fire or ContactType.Medical))
        {
            errors.Add(new FieldError(prefix + "kind", "Use police, fire or medical."));
        }

        var phones = FieldChecks.Phones(errors, prefix + "phones", input.Phones);
        if (phones.Length == 0 && !errors.Any(e => e.Field.StartsWith(prefix + "phones", StringComparison.Ordinal)))
        {
            errors.Add(new FieldError(prefix + "phones", "An agency needs at least one phone number."));
        }

        var zips = (input.Zips ?? []).Select((z, i) => Zip(errors, $"{prefix}zips[{i}]", z)).Distinct(StringComparer.Ordinal).ToArray();
        var cities = (input.Cities ?? []).Select((c, i) => City(errors, $"{prefix}cities[{i}]", c)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (zips.Length == 0 && cities.Length == 0)
        {
            errors.Add(new FieldError(prefix + "zips", "List the ZIP codes or the cities the agency covers."));
        }

        var name = FieldChecks.Text(errors, prefix + "name", input.Name, 100, required: true) ?? "";
        return new AgencyInput(input.Kind, name, phones, FieldChecks.Address(errors, prefix + "address", input.Address), zips, cities);
    }

    /// <summary>"City, ST" as the directory keeps it, for matching a customer's service address.</summary>
    public static string CityKey(Address address) => $"{address.City.Trim()}, {address.State.Trim().ToUpperInvariant()}";

    public static string ZipKey(Address address) => address.Zip.Trim()[..Math.Min(5, address.Zip.Trim().Length)];

    private static string Zip(List<FieldError> errors, string field, string? zip)
    {
        var trimmed = (zip ?? "").Trim();
        if (!ZipCode().IsMatch(trimmed))
        {
            errors.Add(new FieldError(field, $"'{zip}' is not a ZIP code (12345)."));
        }

        return trimmed;
    }

    private static string City(List<FieldError> errors, string field, string? city)
    {
        var parts = (city ?? "").Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length is 0 or > 60 || !UsStates.Codes.Contains(parts[1].ToUpperInvariant()))
        {
            errors.Add(new FieldError(field, $"'{city}' is not a city with its state (Denver, CO)."));
            return city ?? "";
        }

        return $"{parts[0]}, {parts[1].ToUpperInvariant()}";
    }

    [GeneratedRegex("^[0-9]{5}$", RegexOptions.CultureInvariant)]
    private static partial Regex ZipCode();
}
