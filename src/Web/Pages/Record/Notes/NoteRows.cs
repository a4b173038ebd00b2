using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Pages.Record.Notes;

/// <summary>
/// The note lists are read models the API fills a moment after a write; a note this screen just saved is put into the
/// list from the write's own answer, so the user sees their change at once whether or not the list has caught up.
/// </summary>
public static class NoteRows
{
    public static NotePage With(NotePage page, Note saved)
    {
        var row = Summary(saved);
        var others = page.Items.Where(n => n.Id != saved.Id);
        return page with { Items = [.. others.Append(row).OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)] };
    }

    /// <summary>The list without a note this screen just deleted, whether or not the list has caught up.</summary>
    public static NotePage Without(NotePage page, long deletedId) => page with { Items = [.. page.Items.Where(n => n.Id != deletedId)] };

    public static NoteSummary Summary(Note note) => new(
        note.Id, note.CustomerId, note.CustomerName, note.NoteType, note.Subject ?? FirstLine(note.Body), note.AuthorId, note.IsTicket,
        note.Ticket?.AssigneeId, note.Ticket?.Priority, note.Ticket?.Status, note.Ticket?.Due, note.CreatedAt, note.UpdatedAt);

    // The API's own summary of a note without a subject is its first line, cut at 80 characters.
    private static string FirstLine(string body)
    {
        var line = body.Split('\n', 2)[0].Trim();
        return line.Length <= 80 ? line : line[..77] + "...";
    }
}
