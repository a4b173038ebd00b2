namespace SecurityTrax.Web.Api.Settings;

/// <summary>The body of creating or changing a message template.</summary>
public sealed record MessageTemplateInput(string? Name, string? Channel, string? Subject, string? HtmlBody, string? TextBody, bool IsDynamic);
