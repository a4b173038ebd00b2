namespace SecurityTrax.RecurringInvoices;

/// <summary>The status a recurring invoice shows; stable strings of the API.</summary>
public static class RecurringStatuses
{
    public const string Active = "active";

    /// <summary>Stopped by itself after repeated failures of one kind; <c>POST …/resume</c> starts it again.</summary>
    public const string Paused = "paused";

    /// <summary>Every occurrence invoiced and every charge attempted.</summary>
    public const string Finished = "finished";

    public const string Deleted = "deleted";
}
