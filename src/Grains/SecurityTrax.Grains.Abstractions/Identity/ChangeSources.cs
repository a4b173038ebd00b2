namespace SecurityTrax.Identity;

/// <summary>Where a change came from, as history records it.</summary>
public static class ChangeSources
{
    public const string Web = "web";
    public const string RecurringBilling = "recurring_billing";
    public const string Integration = "integration";
    public const string System = "system";

    /// <summary>The retries and notices of a failed automatic charge.</summary>
    public const string Dunning = "dunning";

    /// <summary>The customer, through a pay link of the payment portal.</summary>
    public const string Portal = "portal";
}
