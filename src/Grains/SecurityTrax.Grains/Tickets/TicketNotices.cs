using SecurityTrax.Identity;
using SecurityTrax.Notifications;

namespace SecurityTrax.Tickets;

/// <summary>The notifications a ticket sends: to a new assignee, and to its creator and assignee on close and comment.</summary>
public static class TicketNotices
{
    public static void Assigned(NoteState state, long number, string assigneeId, TicketInput ticket, Caller actor, DateTimeOffset now)
    {
        var subject = NoteRules.SubjectOf(state.Note ?? new NoteInput("", null, ""));
        state.Outbox.Notify(now, assigneeId, "ticket.assigned", $"Ticket #{number}: {subject}", null, new NotificationPayload
        {
            TicketId = number,
            CustomerId = state.CustomerId,
            CustomerName = state.CustomerName,
            Subject = subject,
            Priority = NoteChanges.Name(ticket.Priority),
            Due = NoteChanges.Date(ticket.Due) ?? "",
            AssignedBy = actor.UserName,
        });
    }

    /// <summary>The creator and the assignee hear of it, but never the person who did it.</summary>
    public static void ToParticipants(NoteState state, long number, Caller actor, DateTimeOffset now, string kind, string title, string? body)
    {
        var users = new[] { state.AuthorId, state.AssigneeId }
            .Where(u => u is not null && u != actor.UserId && u != Caller.SystemUserId)
            .Distinct();
        foreach (var user in users)
        {
            state.Outbox.Notify(now, user!, kind, title, body, new NotificationPayload
            {
                TicketId = number,
                CustomerId = state.CustomerId,
                By = actor.UserName,
            });
        }
    }
}
