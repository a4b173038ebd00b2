namespace SecurityTrax.Identity;

/// <summary>The roles every tenant starts with. Admin always holds every grant.</summary>
public static class BuiltInRoles
{
    public const string Admin = "Admin";
    public const string Office = "Office";
    public const string Sales = "Sales";
    public const string Technician = "Technician";

    public static readonly IReadOnlyList<string> Names = [Admin, Office, Sales, Technician];

    public static IReadOnlyList<string> DefaultGrants(string role) => role switch
    {
        Admin => [.. Grants.All.Order(StringComparer.Ordinal)],
        Office => Expand(
            ["customers", "contacts", "notes", "tickets", "messages", "files", "equipment", "invoices", "payments", "recurring_invoices", "schedule"],
            [Grants.View, Grants.Create, Grants.Modify, Grants.Delete],
            ["settings", "users", "templates", "catalog", "credit_reports", "lead_credit_reports"],
            [Grants.PaymentsProcess, Grants.MessagesSend, Grants.CampaignsRun]),
        Sales => Expand(
            ["customers", "contacts", "notes", "tickets", "messages", "files", "equipment", "invoices", "recurring_invoices"],
            [Grants.View, Grants.Create, Grants.Modify],
            ["templates", "catalog", "schedule", "credit_reports", "lead_credit_reports", "users"],
            [Grants.CreditReportsRun, Grants.LeadCreditReportsRun, Grants.MessagesSend]),
        Technician => Expand(
            ["notes", "tickets", "equipment", "files"],
            [Grants.View, Grants.Create, Grants.Modify],
            ["customers", "contacts", "catalog", "users"],
            [Grants.ScheduleViewOwn]),
        _ => [],
    };

    private static IReadOnlyList<string> Expand(
        string[] fullResources, string[] actions, string[] viewOnly, string[] special) =>
        [.. fullResources.SelectMany(r => actions.Select(a => Grants.For(r, a)))
            .Concat(viewOnly.Select(r => Grants.For(r, Grants.View)))
            .Concat(special)
            .Distinct()
            .Order(StringComparer.Ordinal)];
}
