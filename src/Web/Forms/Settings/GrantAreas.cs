using SecurityTrax.Web.Api.Settings;

namespace SecurityTrax.Web.Forms.Settings;

/// <summary>
/// Groups the API's grant catalogue by area for the checklist: each resource with its four actions, and each special
/// grant (<c>payments.process</c>) beside the actions of the area its name starts with. Special grants of an area that
/// is no resource (<c>campaigns.run</c>) get an area of their own, after the resources.
/// </summary>
public static class GrantAreas
{
    public static IReadOnlyList<GrantArea> From(GrantCatalog catalog)
    {
        var areas = catalog.Resources.Select(r => (Key: r, Choices: catalog.Actions.Select(a => Choice($"{r}.{a}")).ToList())).ToList();
        foreach (var grant in catalog.Special)
        {
            var key = AreaOf(grant);
            var area = areas.FirstOrDefault(a => a.Key == key);
            if (area.Choices is null)
            {
                area = (key, []);
                areas.Add(area);
            }

            area.Choices.Add(Choice(grant));
        }

        return [.. areas.Select(a => new GrantArea(a.Key, Words(a.Key), a.Choices))];
    }

    /// <summary>The grants that are checked, in the checklist's order (so a saved role reads the same way every time).</summary>
    public static string[] Ordered(IReadOnlyList<GrantArea> areas, IReadOnlySet<string> chosen) =>
        [.. areas.SelectMany(a => a.Choices).Select(c => c.Grant).Where(chosen.Contains)];

    public static string AreaOf(string grant) => grant.Split('.', 2)[0];

    private static GrantChoice Choice(string grant) => new(grant, Words(grant.Split('.', 2)[^1]).ToLowerInvariant());

    // "recurring_invoices" reads "Recurring invoices".
    private static string Words(string name)
    {
        var words = name.Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
