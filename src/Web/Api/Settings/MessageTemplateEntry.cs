namespace SecurityTrax.Web.Api.Settings;

/// <summary>A message template as <c>GET /api/v1/message-templates</c> shows it; <see cref="SystemKind"/> marks the system's own (receipts, …).</summary>
public sealed record MessageTemplateEntry(
    int Id, string Name, string Channel, string? Subject, string? HtmlBody, string? TextBody, bool IsDynamic, string? SystemKind,
    int Version, DateTimeOffset UpdatedAt);
