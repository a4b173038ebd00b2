using System.Globalization;
using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Forms;

/// <summary>A new note as typed; with <see cref="AsTicket"/> it is sent as a ticket assigned to <see cref="AssigneeId"/>.</summary>
public sealed class NoteForm
{
    public string? NoteType { get; set; }
    public string? Subject { get; set; }
    public string? Body { get; set; }
    public bool AsTicket { get; set; }
    public string? AssigneeId { get; set; }
    public string? Due { get; set; }
    public string Priority { get; set; } = "normal";

    public NoteInput ToInput() => new(
        AddressForm.Clean(NoteType),
        AddressForm.Clean(Subject),
        AddressForm.Clean(Body),
        AsTicket ? new TicketInput(Id(AssigneeId), AddressForm.Clean(Due), Priority) : null);

    /// <summary>An assignee the user did not pick is sent as none, so the API's own reason lands next to the field.</summary>
    public static long? Id(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
