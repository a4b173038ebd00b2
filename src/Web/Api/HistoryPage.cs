namespace SecurityTrax.Web.Api;

/// <summary>A page of history, newest first; <see cref="NextCursor"/> reads the older rows.</summary>
public sealed record HistoryPage(HistoryItem[] Items, string? NextCursor);
