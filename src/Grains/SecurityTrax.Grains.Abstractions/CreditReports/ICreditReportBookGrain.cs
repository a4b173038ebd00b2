using SecurityTrax.Identity;

namespace SecurityTrax.CreditReports;

/// <summary>The credit reports of one customer or lead; key <c>{tenant}/{customer number}</c>.</summary>
/// <remarks>
/// The SSN and date of birth are read from the customer inside the silo for the bureau call only; nothing here returns
/// them. A pull is recorded (as unknown) before the bureau is called, under the caller's operation key.
/// </remarks>
[Alias("SecurityTrax.ICreditReportBookGrain")]
public interface ICreditReportBookGrain : ITenantGrain
{
    /// <summary>
    /// Runs a pull, or answers the pull made under the same operation key (asking the bureau first when its outcome is
    /// unknown); a new pull beyond the company's or the user's limit is refused and nothing is recorded.
    /// </summary>
    [Alias("Run")]
    Task<CreditPullResult> RunAsync(CreditPullInput input, bool includeRawReport);

    /// <summary>The reports, newest first.</summary>
    [Alias("List")]
    Task<CreditReportDetails[]> ListAsync(bool includeRawReports);

    /// <summary>One report (404 when the record has no such report).</summary>
    [Alias("Get")]
    Task<CreditReportDetails> GetAsync(long reportId, bool includeRawReport);

    /// <summary>
    /// Sets the customer's credit score and band from a completed report with a score (409 otherwise), with the
    /// customer's version the caller saw (412 on another).
    /// </summary>
    [Alias("ApplyScore")]
    Task<Customers.CustomerDetails> ApplyScoreAsync(long reportId, int expectedCustomerVersion, bool revealConfidential);
}
