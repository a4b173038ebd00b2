using System.Text.Json.Serialization;

namespace SecurityTrax.Web.Api;

/// <summary>One comment of a ticket's thread, oldest first as the API lists them.</summary>
public sealed record Comment(int Id, [property: JsonConverter(typeof(IdText))] string? AuthorId, string AuthorName, string Body, DateTimeOffset CreatedAt);
