namespace SecurityTrax.Web.Pages.Record;

/// <summary>
/// A tab of the customer record: its address segment, label, the grant that shows it (or grants, split by |), whether it
/// is built yet, and the grant(s) that show it on a lead when they differ.
/// </summary>
public sealed record RecordTab(string Key, string Label, string Grant, bool Built, string? LeadGrant = null)
{
    /// <summary>In the order the office knows from the record; tabs of features whose API has not landed are not listed.</summary>
    public static IReadOnlyList<RecordTab> All { get; } =
    [
        new("profile", "Profile", "customers.view", true),
        new("history", "History", "customers.view", true),
        new("notes", "Notes & Tickets", "notes.view", true),
        new("messages", "Messages", "messages.view", true),
        new("tags", "Tags", "customers.view", true),
        new("contacts", "Contacts", "contacts.view", true),
        new("equipment", "Equipment", "equipment.view", true),
        new("billing", "Billing", "customers.view", true),
        new("invoices", "Invoices", "invoices.view", true),
        new("recurring", "Recurring invoices", "recurring_invoices.view", true),
        new("payments", "Payments", "payments.view", true),
        new("scheduler", "Scheduler", "schedule.view|schedule.view_own", true),
        new("files", "Files", "files.view", true),
        new("credit", "Credit Reports", "credit_reports.view|credit_reports.run", true, "lead_credit_reports.view|lead_credit_reports.run"),
    ];

    /// <summary>The grants that show the tab on a record of this stage, split by |.</summary>
    public string GrantFor(bool lead) => lead && LeadGrant is not null ? LeadGrant : Grant;
}
