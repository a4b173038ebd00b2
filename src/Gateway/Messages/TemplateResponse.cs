using SecurityTrax.Messages;

namespace SecurityTrax.Gateway.Messages;

public sealed record TemplateResponse(
    int Id, string Name, MessageChannel Channel, string? Subject, string? HtmlBody, string? TextBody, bool IsDynamic,
    string? SystemKind, int Version, DateTimeOffset UpdatedAt)
{
    public static TemplateResponse From(TemplateDetails t) =>
        new(t.Id, t.Name, t.Channel, t.Subject, t.HtmlBody, t.TextBody, t.IsDynamic, t.SystemKind, t.Version, t.UpdatedAt);
}
