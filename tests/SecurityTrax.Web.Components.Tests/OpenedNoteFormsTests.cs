using SecurityTrax.Web.Api;
using SecurityTrax.Web.Forms;
using SecurityTrax.Web.Pages.Record.Notes;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>The pure parts of an opened note: the edit form's body for the API, and the list after a delete.</summary>
public sealed class OpenedNoteFormsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AnEditedNoteIsSentTrimmedWithABlankSubjectAsNoneAndNeverItsTicket()
    {
        var stored = new Note(7, 3, "Ed Edits", "General", "Gate code", "Gate code is 4411.", "1", "admin", At, At, true,
            new TicketInfo("2", "Tess Tech", null, "high", "open", null, [new Comment(1, "2", "tess", "On it.", At)]));
        var form = NoteTextForm.From(stored);
        form.Subject = "   ";
        form.Body = "  Gate code is 9920.  ";

        Assert.Equal(new NoteInput("General", null, "Gate code is 9920.", null), form.ToInput());
    }

    [Fact]
    public void ADeletedNoteLeavesTheListWhetherOrNotTheListHasCaughtUp()
    {
        var page = new NotePage([Row(9), Row(7), Row(5)], "next");

        var after = NoteRows.Without(page, 7);

        Assert.Equal([9L, 5L], after.Items.Select(n => n.Id));
        Assert.Equal("next", after.NextCursor);
        Assert.Equal([9L, 5L], NoteRows.Without(after, 7).Items.Select(n => n.Id));
    }

    private static NoteSummary Row(long id) =>
        new(id, 3, "Ed Edits", "General", $"Note {id}", "1", false, null, null, null, null, At, At);
}
