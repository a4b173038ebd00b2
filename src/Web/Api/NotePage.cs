namespace SecurityTrax.Web.Api;

/// <summary>A page of notes or tickets, newest first; <see cref="NextCursor"/> reads older ones.</summary>
public sealed record NotePage(NoteSummary[] Items, string? NextCursor);
