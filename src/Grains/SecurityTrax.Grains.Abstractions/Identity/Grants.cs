namespace SecurityTrax.Identity;

/// <summary>The grants a role can hold: resource × action, plus special grants.</summary>
public static class Grants
{
    public const string View = "view";
    public const string Create = "create";
    public const string Modify = "modify";
    public const string Delete = "delete";

    public static readonly IReadOnlyList<string> Actions = [View, Create, Modify, Delete];

    /// <summary>Resources of the back office; each takes the four actions.</summary>
    public static readonly IReadOnlyList<string> Resources =
    [
        "settings", "users", "roles", "security_log", "customers", "contacts", "notes", "tickets",
        "templates", "messages", "files", "catalog", "equipment", "invoices", "payments",
        "recurring_invoices", "schedule", "credit_reports",
        // Credit reports on leads have grants of their own (issue 19).
        "lead_credit_reports",
    ];

    public const string PaymentsProcess = "payments.process";
    public const string PaymentsIssueCredit = "payments.issue_credit";
    public const string CreditReportsRun = "credit_reports.run";
    public const string CustomersViewConfidential = "customers.view_confidential";
    public const string TemplatesManage = "templates.manage";
    public const string MessagesSend = "messages.send";
    public const string CampaignsRun = "campaigns.run";

    /// <summary>Sees the appointments one is assigned to and one's own technician record, without <c>schedule.view</c>.</summary>
    public const string ScheduleViewOwn = "schedule.view_own";

    /// <summary>Sees and changes the company's own SMTP, Twilio and Stripe accounts (Admin only by default).</summary>
    public const string SettingsIntegrations = "settings.integrations";

    /// <summary>Deletes any file whatever the company's delete policy says, and sees and restores deleted files (Admin only by default).</summary>
    public const string FilesDeleteAny = "files.delete_any";

    /// <summary>Runs a credit report on a lead (<c>credit_reports.run</c> is for customers).</summary>
    public const string LeadCreditReportsRun = "lead_credit_reports.run";

    /// <summary>Grants beyond the four actions, each documented where its feature is introduced.</summary>
    public static readonly IReadOnlyList<string> Special =
    [
        PaymentsProcess, PaymentsIssueCredit, CreditReportsRun, CustomersViewConfidential, TemplatesManage,
        MessagesSend, CampaignsRun, SettingsIntegrations, ScheduleViewOwn,
        FilesDeleteAny,
        LeadCreditReportsRun,
    ];

    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        Resources.SelectMany(r => Actions.Select(a => For(r, a))).Concat(Special), StringComparer.Ordinal);

    public static string For(string resource, string action) => $"{resource}.{action}";

    public static bool IsKnown(string grant) => All.Contains(grant);
}
