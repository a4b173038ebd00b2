namespace SecurityTrax.Tenants;

/// <summary>Dates as the company sees them: "today" in the tenant's time zone.</summary>
public static class TenantClock
{
    public static DateOnly Today(TimeProvider time, string timeZone)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found
            : TimeZoneInfo.FindSystemTimeZoneById(TenantSettingsRules.DefaultTimeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }
}
