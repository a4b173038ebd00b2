using SecurityTrax.Messages;

namespace SecurityTrax.Gateway.Messages;

public sealed record RenderedMessageResponse(string? Subject, string? Html, string Text)
{
    public static RenderedMessageResponse From(RenderedMessage m) => new(m.Subject, m.Html, m.Text);
}
