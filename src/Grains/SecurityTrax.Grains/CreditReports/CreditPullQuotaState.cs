namespace SecurityTrax.CreditReports;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class CreditPullQuotaState
{
    /// <summary>The UTC day <see cref="PulledToday"/> counts.</summary>
    public DateOnly Day { get; set; }

    public int PulledToday { get; set; }

    /// <summary>Each user's pulls within the last hour, oldest first.</summary>
    public Dictionary<string, List<DateTimeOffset>> RecentByUser { get; set; } = new(StringComparer.Ordinal);
}
