using System.Text.Json.Serialization;

namespace SecurityTrax.Web.Api;

/// <summary>A message sent to the customer, with its delivery status; also what a send answers.</summary>
public sealed record MessageSummary(
    [property: JsonConverter(typeof(IdText))] string Id,
    string Channel,
    string? TemplateName,
    string? Subject,
    string To,
    string Status,
    string? Reason,
    string SentByName,
    DateTimeOffset CreatedAt)
{
    /// <summary>Still on its way: the status will move without anyone doing anything.</summary>
    public bool InFlight => Status is "queued" or "sending";
}
