using SecurityTrax.Tickets;

namespace SecurityTrax.Gateway.Tickets;

public sealed record NotePageResponse(NoteSummaryResponse[] Items, string? NextCursor)
{
    public static NotePageResponse From(NotePage page) => new([.. page.Items.Select(NoteSummaryResponse.From)], page.NextCursor);
}
