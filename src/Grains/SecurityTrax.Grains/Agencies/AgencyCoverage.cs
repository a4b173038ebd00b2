using SecurityTrax.Customers;

namespace SecurityTrax.Agencies;

/// <summary>Which agencies cover an address: ZIP code matches first (the finer answer), then city matches not already listed.</summary>
public static class AgencyCoverage
{
    public const string ByZip = "zip";
    public const string ByCity = "city";

    public static AgencySuggestion[] Suggest(IEnumerable<AgencyDetails> agencies, Address address)
    {
        var zip = AgencyRules.ZipKey(address);
        var city = AgencyRules.CityKey(address);
        var ordered = agencies.OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id).ToArray();
        var byZip = ordered.Where(a => a.Zips.Contains(zip, StringComparer.Ordinal)).ToArray();
        var byCity = ordered.Where(a => !byZip.Contains(a) && a.Cities.Contains(city, StringComparer.OrdinalIgnoreCase));
        return [.. byZip.Select(a => new AgencySuggestion(a, ByZip)), .. byCity.Select(a => new AgencySuggestion(a, ByCity))];
    }
}
