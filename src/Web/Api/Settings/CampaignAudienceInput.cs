namespace SecurityTrax.Web.Api.Settings;

/// <summary>Who a campaign reaches: customers with a tag and/or of a stage, or a list of customer numbers.</summary>
public sealed record CampaignAudienceInput(string? Tag, string? Stage, long[]? CustomerIds);
