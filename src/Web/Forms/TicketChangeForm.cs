using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Forms;

/// <summary>A ticket's status, assignee, due day and priority as typed, beside the stored ticket it was read from.</summary>
public sealed class TicketChangeForm
{
    public string Status { get; set; } = "open";
    public string? AssigneeId { get; set; }
    public string? Due { get; set; }
    public string Priority { get; set; } = "normal";

    public static TicketChangeForm From(TicketInfo ticket) => new()
    {
        Status = ticket.Status,
        AssigneeId = ticket.AssigneeId,
        Due = ticket.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Priority = ticket.Priority,
    };

    public bool StatusChanged(TicketInfo stored) => Status != stored.Status;

    public bool TicketChanged(TicketInfo stored)
    {
        var was = From(stored);
        return AssigneeId != was.AssigneeId || AddressForm.Clean(Due) != was.Due || Priority != was.Priority;
    }

    public TicketInput ToTicketInput() => new(NoteForm.Id(AssigneeId), AddressForm.Clean(Due), Priority);
}
