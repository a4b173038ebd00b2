namespace SecurityTrax.Web.Api.Settings;

/// <summary>A page of <c>GET /api/v1/campaigns</c>, newest first.</summary>
public sealed record CampaignEntryPage(CampaignEntry[] Items, string? NextCursor);
