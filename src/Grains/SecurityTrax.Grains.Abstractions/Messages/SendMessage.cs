namespace SecurityTrax.Messages;

/// <summary>One message to one lead or customer: from a template, or a one-off text.</summary>
/// <remarks>
/// <see cref="To"/> overrides the address or phone on the record for this message only. <see cref="Fields"/>
/// adds merge fields of the sender's context (invoice.*, payment.*) to the customer's own.
/// <see cref="RecordInvalidAsFailed"/> keeps a bad recipient as a failed message (campaigns) instead of refusing it.
/// </remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.SendMessage")]
public sealed record SendMessage(
    [property: Id(0)] long CustomerId,
    [property: Id(1)] MessageChannel Channel,
    [property: Id(2)] int? TemplateId,
    [property: Id(3)] string? SystemKind,
    [property: Id(4)] string? Subject,
    [property: Id(5)] string? HtmlBody,
    [property: Id(6)] string? TextBody,
    [property: Id(7)] string? To,
    [property: Id(8)] long? CampaignId,
    [property: Id(9)] IReadOnlyDictionary<string, string>? Fields,
    [property: Id(10)] MessageAttachment[]? Attachments,
    [property: Id(11)] bool RecordInvalidAsFailed);
