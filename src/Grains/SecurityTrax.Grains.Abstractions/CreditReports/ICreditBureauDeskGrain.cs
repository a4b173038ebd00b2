using SecurityTrax.Identity;

namespace SecurityTrax.CreditReports;

/// <summary>The platform operator's desk of bureau requests from every company; one grain, key <see cref="Key"/>.</summary>
[Alias("SecurityTrax.ICreditBureauDeskGrain")]
public interface ICreditBureauDeskGrain : IGrainWithStringKey, IPlatformGrain
{
    public const string Key = "platform-credit-bureaus";

    /// <summary>Files (or files again, harmlessly) a company's request.</summary>
    [Alias("File")]
    Task FileAsync(BureauAccessRequestDetails request);

    /// <summary>Requests, newest first; only those with <paramref name="status"/> when given.</summary>
    [Alias("List")]
    Task<BureauAccessRequestDetails[]> ListAsync(BureauAccessStatus? status);

    /// <summary>Approves or refuses a pending request; the same decision again answers it, the other one is a conflict.</summary>
    [Alias("Decide")]
    Task<BureauAccessRequestDetails> DecideAsync(string tenant, long requestId, bool approve, string? note);
}
