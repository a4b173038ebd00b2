using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Forms;

/// <summary>A stored note's type, subject and text as typed, for <c>PUT /api/v1/notes/{id}</c>.</summary>
public sealed class NoteTextForm
{
    public string? NoteType { get; set; }
    public string? Subject { get; set; }
    public string? Body { get; set; }

    public static NoteTextForm From(Note note) => new() { NoteType = note.NoteType, Subject = note.Subject, Body = note.Body };

    /// <summary>The ticket is left out: it changes through its own endpoints, and the API keeps it as it is.</summary>
    public NoteInput ToInput() => new(AddressForm.Clean(NoteType), AddressForm.Clean(Subject), AddressForm.Clean(Body), null);
}
