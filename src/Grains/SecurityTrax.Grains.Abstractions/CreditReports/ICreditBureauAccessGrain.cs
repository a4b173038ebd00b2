using SecurityTrax.Identity;

namespace SecurityTrax.CreditReports;

/// <summary>A company's bureau requests and the bureaus approved for it; key <c>{tenant}/credit-bureaus</c>.</summary>
/// <remarks>
/// The platform operator's decisions arrive from <see cref="ICreditBureauDeskGrain"/>, which holds every company's
/// requests; each request, approval and refusal is in the company's security log.
/// </remarks>
[Alias("SecurityTrax.ICreditBureauAccessGrain")]
public interface ICreditBureauAccessGrain : ITenantGrain
{
    public const string Id = "credit-bureaus";

    /// <summary>Asks for a bureau with the company's permissible-purpose statement; 409 while one is pending or approved.</summary>
    [Alias("Request")]
    Task<BureauAccessRequestDetails> RequestAsync(string bureau, string permissiblePurpose);

    /// <summary>The company's requests, newest first.</summary>
    [Alias("ListRequests")]
    Task<BureauAccessRequestDetails[]> ListRequestsAsync();

    /// <summary>The bureaus the operator approved for the company.</summary>
    [Alias("ListApproved")]
    Task<ApprovedBureau[]> ListApprovedAsync();

    /// <summary>The operator's decision, from the desk; repeating it changes nothing.</summary>
    [Alias("ApplyDecision")]
    Task<BureauAccessRequestDetails> ApplyDecisionAsync(long requestId, bool approved, string? note);
}
