namespace SecurityTrax.Web.Pages.Record;

/// <summary>A tab of the customer record: its address segment, label, the grant that shows it (or grants, split by |), and whether it is built yet.</summary>
public sealed record RecordTab(string Key, string Label, string Grant, bool Built)
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
    ];
}
