namespace SecurityTrax.Web.Api;

/// <summary>A template rendered for one customer exactly as it would be sent (<c>GET …/message-templates/{id}/preview</c>).</summary>
public sealed record RenderedMessage(string? Subject, string? Html, string Text);
