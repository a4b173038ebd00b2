using SecurityTrax.Identity;

namespace SecurityTrax.Messages;

/// <summary>One campaign: a template sent to a set of leads and customers; key <c>{tenant}/{campaign number}</c>.</summary>
/// <remarks>
/// Each recipient's message has the id <c>c{campaign}-{customer}</c>, so a campaign resumed after a crash
/// finds the messages it already sent and never sends a recipient a second one.
/// </remarks>
[Alias("SecurityTrax.ICampaignGrain")]
public interface ICampaignGrain : ITenantGrain
{
    [Alias("Create")]
    Task<CampaignDetails> CreateAsync(CampaignInput input);

    [Alias("Get")]
    Task<CampaignDetails> GetAsync();

    /// <summary>Stops a scheduled or running campaign; messages already sent stay sent.</summary>
    [Alias("Cancel")]
    Task<CampaignDetails> CancelAsync(int expectedVersion);

    public static string MessageId(long campaignId, long customerId) => $"c{campaignId}-{customerId}";
}
