namespace SecurityTrax.Identity;

/// <summary>Where a change came from, as history records it.</summary>
public static class ChangeSources
{
    public const string Web = "web";
    public const string RecurringBilling = "recurring_billing";
    public const string Integration = "integration";
    public const string System = "system";
}
