namespace SecurityTrax.Web.Api.Settings;

/// <summary>A template rendered for one customer exactly as it would be sent.</summary>
public sealed record RenderedPreview(string? Subject, string? Html, string Text);
