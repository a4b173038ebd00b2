using System.Text.Json.Serialization;

namespace SecurityTrax.Web.Api;

/// <summary>The ticket part of a note as the API shows it, with its comment thread.</summary>
public sealed record TicketInfo(
    [property: JsonConverter(typeof(IdText))] string AssigneeId, string AssigneeName, DateOnly? Due, string Priority, string Status,
    DateTimeOffset? ClosedAt, Comment[]? Comments = null);
