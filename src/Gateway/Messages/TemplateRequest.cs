using SecurityTrax.Messages;

namespace SecurityTrax.Gateway.Messages;

public sealed record TemplateRequest(
    string? Name, MessageChannel? Channel, string? Subject, string? HtmlBody, string? TextBody, bool? IsDynamic);
