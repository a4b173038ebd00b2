using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;

namespace SecurityTrax.Tickets;

/// <summary>Making a note a ticket or changing one: the assignee checked against the company's users, then assignee, due and priority applied.</summary>
public sealed class TicketAssignment(IGrainFactory grains, string tenant)
{
    /// <summary>The assignee, or null with the field error; <paramref name="prefix"/> is the ticket's path in the request ("ticket." inside a note).</summary>
    public async Task<UserDetails?> CheckAsync(TicketInput ticket, List<FieldError> errors, string prefix)
    {
        NoteRules.Check(ticket, errors, prefix);
        try
        {
            var user = await grains.GetGrain<IUserDirectoryGrain>(GrainKeys.For(tenant, IUserDirectoryGrain.Id)).GetUserAsync(ticket.AssigneeId ?? "");
            if (user.Disabled)
            {
                errors.Add(new FieldError(prefix + "assigneeId", $"User {user.UserName} is disabled."));
            }

            return user;
        }
        catch (SecurityTraxException e) when (e.Kind == ErrorKind.NotFound)
        {
            errors.Add(new FieldError(prefix + "assigneeId", $"'{ticket.AssigneeId}' is not a user of this company."));
            return null;
        }
    }

    /// <summary>Applies assignee, due and priority; a new assignee (other than the actor) hears of it at once. False when nothing changed.</summary>
    public static bool Apply(
        NoteState state, long number, TicketInput ticket, UserDetails assignee, HistoryRecorder history, string action, Caller actor, DateTimeOffset now)
    {
        var id = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var wasTicket = state.IsTicket;
        var previousAssignee = wasTicket ? state.AssigneeId : null;
        var changed = history.Changes("ticket", id, action, NoteChanges.Ticket(state, assignee.DisplayName, ticket.Due, ticket.Priority));
        if (!changed && wasTicket)
        {
            return false;
        }

        state.IsTicket = true;
        state.AssigneeId = assignee.Id;
        state.AssigneeName = assignee.DisplayName;
        state.Due = ticket.Due;
        state.Priority = ticket.Priority;
        if (!wasTicket)
        {
            state.Status = TicketStatus.Open;
            state.ClosedAt = null;
            history.Add("ticket", id, action, "status", null, NoteChanges.Name(TicketStatus.Open));
        }

        if (assignee.Id != previousAssignee && assignee.Id != actor.UserId)
        {
            TicketNotices.Assigned(state, number, assignee.Id, ticket, actor, now);
        }

        return true;
    }
}
