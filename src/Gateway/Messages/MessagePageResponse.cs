using SecurityTrax.Messages;

namespace SecurityTrax.Gateway.Messages;

public sealed record MessagePageResponse(MessageSummaryResponse[] Items, string? NextCursor)
{
    public static MessagePageResponse From(MessagePage page) => new([.. page.Items.Select(MessageSummaryResponse.From)], page.NextCursor);
}
