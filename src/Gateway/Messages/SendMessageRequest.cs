using SecurityTrax.Messages;

namespace SecurityTrax.Gateway.Messages;

/// <summary>Send a template (<see cref="TemplateId"/>) or a one-off message (<see cref="Channel"/> with its text).</summary>
/// <remarks><see cref="To"/> replaces the record's email or phone for this message only.</remarks>
public sealed record SendMessageRequest(
    int? TemplateId, MessageChannel? Channel, string? Subject, string? HtmlBody, string? TextBody, string? To);
