using SecurityTrax.Messages;

namespace SecurityTrax.Gateway.Messages;

public sealed record CampaignPageResponse(CampaignSummaryResponse[] Items, string? NextCursor)
{
    public static CampaignPageResponse From(CampaignPage page) => new([.. page.Items.Select(CampaignSummaryResponse.From)], page.NextCursor);
}
