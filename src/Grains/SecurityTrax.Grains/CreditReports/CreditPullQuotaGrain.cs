using Microsoft.Extensions.DependencyInjection;

namespace SecurityTrax.CreditReports;

/// <summary>
/// Counts a company's pulls against its limits (<see cref="ICreditReportSettingsGrain"/>). A pull is counted when it is
/// about to be made, before the bureau call; a retry of a recorded pull is not counted again.
/// </summary>
public sealed class CreditPullQuotaGrain(
    [PersistentState(CreditReportStorageNames.PullQuota, Persistence.StorageNames.Main)] IPersistentState<CreditPullQuotaState> quota,
    [FromKeyedServices(Clock.Key)] TimeProvider time) : Grain, ICreditPullQuotaGrain
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public async Task<CreditPullRefusal?> TakeAsync(string userId)
    {
        var limits = await GrainFactory.GetGrain<ICreditReportSettingsGrain>(
            GrainKeys.For(GrainKeys.TenantOf(this.GetPrimaryKeyString()), ICreditReportSettingsGrain.Id)).GetAsync();
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var state = quota.State;
        if (state.Day != today)
        {
            state.Day = today;
            state.PulledToday = 0;
        }

        if (state.PulledToday >= limits.DailyQuota)
        {
            return new CreditPullRefusal("company_daily_quota", today.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - now.UtcDateTime);
        }

        if (!state.RecentByUser.TryGetValue(userId, out var recent))
        {
            state.RecentByUser[userId] = recent = [];
        }

        recent.RemoveAll(at => at <= now - Hour);
        if (recent.Count >= limits.PerUserPerHour)
        {
            return new CreditPullRefusal("user_rate_limit", recent[0] + Hour - now);
        }

        state.PulledToday++;
        recent.Add(now);
        foreach (var idle in state.RecentByUser.Where(u => u.Value.Count == 0).Select(u => u.Key).ToList())
        {
            state.RecentByUser.Remove(idle);
        }

        await quota.WriteStateAsync();
        return null;
    }
}
