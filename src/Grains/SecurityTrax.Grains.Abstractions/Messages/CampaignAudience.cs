using SecurityTrax.Customers;

namespace SecurityTrax.Messages;

/// <summary>Who a campaign goes to: the listed customers, or everyone with the tag and/or in the stage.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CampaignAudience")]
public sealed record CampaignAudience(
    [property: Id(0)] string? Tag,
    [property: Id(1)] CustomerStage? Stage,
    [property: Id(2)] long[]? CustomerIds);
