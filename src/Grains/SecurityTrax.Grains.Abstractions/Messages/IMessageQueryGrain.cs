using SecurityTrax.Identity;

namespace SecurityTrax.Messages;

/// <summary>Message lists and counts from the read model; key <c>{tenant}/message-queries</c>.</summary>
[Alias("SecurityTrax.IMessageQueryGrain")]
public interface IMessageQueryGrain : ITenantGrain
{
    public const string Id = "message-queries";

    /// <summary>A customer's messages, newest first.</summary>
    [Alias("ForCustomer")]
    Task<MessagePage> ForCustomerAsync(long customerId, string? cursor, int limit);

    /// <summary>The grain key of the message with this public number, or null when there is none (yet) in the read model.</summary>
    [Alias("KeyOf")]
    Task<string?> KeyOfAsync(long number);

    /// <summary>How many of a campaign's messages are in each status.</summary>
    [Alias("CampaignCounts")]
    Task<Dictionary<MessageStatus, int>> CampaignCountsAsync(long campaignId);

    /// <summary>The company's campaigns, newest first, each with its messages by status.</summary>
    [Alias("Campaigns")]
    Task<CampaignPage> CampaignsAsync(string? cursor, int limit);
}
