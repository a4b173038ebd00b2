using SecurityTrax.Identity;

namespace SecurityTrax.CreditReports;

/// <summary>A company's pull limits: pulls per UTC day for the company, pulls per hour for each user; key <c>{tenant}/credit-quota</c>.</summary>
[Alias("SecurityTrax.ICreditPullQuotaGrain")]
public interface ICreditPullQuotaGrain : ITenantGrain
{
    public const string Id = "credit-quota";

    /// <summary>Counts one pull for the user, or answers the limit it would break (and counts nothing).</summary>
    [Alias("Take")]
    Task<CreditPullRefusal?> TakeAsync(string userId);
}
