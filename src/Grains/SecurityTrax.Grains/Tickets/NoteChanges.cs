using System.Globalization;

namespace SecurityTrax.Tickets;

/// <summary>Note and ticket fields as history shows them.</summary>
public static class NoteChanges
{
    public static IEnumerable<(string Field, string? Old, string? New)> Note(NoteInput? old, NoteInput? @new)
    {
        yield return ("noteType", old?.NoteType, @new?.NoteType);
        yield return ("subject", old?.Subject, @new?.Subject);
        yield return ("body", old?.Body, @new?.Body);
    }

    public static IEnumerable<(string Field, string? Old, string? New)> Ticket(NoteState? old, string? assignee, DateOnly? due, TicketPriority? priority)
    {
        yield return ("assignee", old?.IsTicket == true ? old.AssigneeName : null, assignee);
        yield return ("due", old?.IsTicket == true ? Date(old.Due) : null, Date(due));
        yield return ("priority", old?.IsTicket == true ? Name(old.Priority) : null, priority is { } p ? Name(p) : null);
    }

    public static string Name(TicketPriority priority) => priority.ToString().ToLowerInvariant();

    public static string Name(TicketStatus status) => status switch
    {
        TicketStatus.InProgress => "in_progress",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
