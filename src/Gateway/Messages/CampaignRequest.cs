using SecurityTrax.Customers;

namespace SecurityTrax.Gateway.Messages;

/// <summary>A campaign: a template, an audience (a tag and/or a stage, or a list of customer numbers), and when.</summary>
public sealed record CampaignRequest(string? Name, int? TemplateId, CampaignAudienceDto? Audience, DateTimeOffset? SendAt);

public sealed record CampaignAudienceDto(string? Tag, CustomerStage? Stage, long[]? CustomerIds);
