using System.ComponentModel.DataAnnotations;
using SecurityTrax.Customers;

namespace SecurityTrax.Gateway.Messages;

/// <summary>A campaign: a template, an audience (a tag and/or a stage, or a list of customer numbers), and when.</summary>
public sealed record CampaignRequest(
    [property: Required] string? Name,
    [property: Required] int? TemplateId,
    [property: Required] CampaignAudienceDto? Audience,
    DateTimeOffset? SendAt);

public sealed record CampaignAudienceDto(string? Tag, CustomerStage? Stage, long[]? CustomerIds);
