using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Pages.Settings;

/// <summary>A settings screen: its address under <c>/settings/</c>, its name, and the grant that shows it.</summary>
public sealed record SettingsArea(string Key, string Label, string Grant)
{
    public static IReadOnlyList<SettingsArea> All { get; } =
    [
        new("users", "Users", "users.view"),
        new("roles", "Roles and grants", "roles.view"),
        new("note-types", "Note types", "notes.view"),
        new("catalog", "Catalogue", "catalog.view"),
        new("templates", "Message templates", "templates.view"),
        new("campaigns", "Campaigns", "messages.view"),
        new("company", "Company", "settings.view"),
        new("files", "Files", "settings.view"),
        new("dunning", "Dunning", "settings.view"),
        new("integrations", "Integrations", "settings.integrations"),
    ];

    /// <summary>The screens the signed-in user's grants open; none means no Settings link at all.</summary>
    public static IEnumerable<SettingsArea> For(Me? me) => All.Where(a => me?.Has(a.Grant) == true);
}
