namespace SecurityTrax.Web.Api.Files;

/// <summary>A file fetched into the page: a <c>blob:</c> URL, or null with the status that refused it.</summary>
public sealed record BlobAnswer(int Status, string? Url);
