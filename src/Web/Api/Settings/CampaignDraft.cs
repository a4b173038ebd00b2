namespace SecurityTrax.Web.Api.Settings;

/// <summary>The body of <c>POST /api/v1/campaigns</c>: without <see cref="SendAt"/> the campaign starts at once.</summary>
public sealed record CampaignDraft(string? Name, int? TemplateId, CampaignAudienceInput Audience, DateTimeOffset? SendAt);
