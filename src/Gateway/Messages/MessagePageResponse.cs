using SecurityTrax.Messages;

namespace SecurityTrax.Gateway.Messages;

public sealed record MessagePageResponse(MessageSummary[] Items, string? NextCursor)
{
    public static MessagePageResponse From(MessagePage page) => new(page.Items, page.NextCursor);
}
