using System.Globalization;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Sequences;
using SecurityTrax.Tickets;

namespace SecurityTrax.Dunning;

/// <summary>How a case ends: paid by a retry, stopped by other means, or failed finally (past due, a ticket, a suspension).</summary>
public sealed class DunningOutcomes(DunningBook b)
{
    public const string TicketType = "Billing";

    public void Paid(DunningCase c)
    {
        c.Status = DunningStatus.Paid;
        b.Record(c.InvoiceId, "dunning_succeeded", c.LastResult);
    }

    public void Stop(DunningCase c, string why)
    {
        c.Status = DunningStatus.Stopped;
        c.Pending = null;
        c.RetryRequested = false;
        b.Record(c.InvoiceId, "dunning_stopped", why);
    }

    public void FailFinally(DunningCase c)
    {
        c.Status = DunningStatus.Failed;
        b.Record(c.InvoiceId, "dunning_failed", $"After {c.Attempts} retries: {c.LastResult}");
    }

    /// <summary>
    /// Sets or clears past due on the customer record to match the cases (past due while any failed case asks for it).
    /// The record is told before the state remembers it, so a crash between tells it again, which changes nothing.
    /// </summary>
    public async Task SyncPastDueAsync()
    {
        var wanted = b.State.Cases.Any(c => c.Status == DunningStatus.Failed && c.MarkPastDue);
        if (wanted == b.State.PastDue)
        {
            return;
        }

        var invoices = string.Join(", ", b.State.Cases.Where(c => c.Status == DunningStatus.Failed && c.MarkPastDue).Select(c => c.InvoiceId));
        await b.Customer().SetPastDueAsync(wanted, wanted ? $"Automatic payment failed finally (invoice {invoices})" : "Nothing is past due");
        b.State.PastDue = wanted;
        await b.SaveAsync();
    }

    /// <summary>
    /// Marks the service suspended once per finally failed case that asks for it, and clears it when no such case is left
    /// failed (paid by any means). A suspension the office cleared by hand stays cleared until another case fails.
    /// </summary>
    public async Task SyncSuspensionAsync()
    {
        foreach (var c in b.State.Cases.Where(c => c.Status == DunningStatus.Failed && c.Suspend && !c.SuspensionTold))
        {
            await b.Customer().SetSuspendedAsync(true, $"Automatic payment failed finally (invoice {c.InvoiceId}); tell the monitoring station");
            (c.SuspensionTold, b.State.Suspended) = (true, true);
            await b.SaveAsync();
        }

        if (b.State.Suspended && !b.State.Cases.Any(c => c.Status == DunningStatus.Failed && c.SuspensionTold))
        {
            await b.Customer().SetSuspendedAsync(false, "Nothing is past due");
            b.State.Suspended = false;
            await b.SaveAsync();
        }
    }

    /// <summary>Opens the one ticket of a finally failed case: its number is stored first, and the note accepts a number once.</summary>
    public async Task OpenTicketAsync(DunningCase c)
    {
        if (c.Status != DunningStatus.Failed || !c.OpenTicket || c.TicketOpened)
        {
            return;
        }

        if (c.TicketNumber is null)
        {
            c.TicketNumber = await b.Grains.GetGrain<ISequenceGrain>(GrainKeys.For(b.Tenant, SequenceKinds.GrainId(NoteKeys.Sequence))).NextAsync();
            await b.SaveAsync();
        }

        var note = b.Grains.GetGrain<INoteGrain>(GrainKeys.For(b.Tenant, NoteKeys.Id(c.TicketNumber.Value)));
        try
        {
            var assignee = await AssigneeAsync(c);
            if (assignee is null)
            {
                b.Record(c.InvoiceId, "dunning_ticket_skipped", "No active user to assign the ticket to");
            }
            else
            {
                await note.CreateAsync(b.CustomerId, new NoteInput(TicketType, $"Invoice {c.InvoiceId} past due", Body(c)), new TicketInput(assignee, null, TicketPriority.High));
            }
        }
        catch (SecurityTraxException e) when (e.Kind == ErrorKind.Conflict)
        {
            // Made by an earlier run whose record was lost: the note accepts its number once.
        }
        catch (SecurityTraxException e) when (e.Kind == ErrorKind.Validation)
        {
            b.Record(c.InvoiceId, "dunning_ticket_skipped", e.Message);
        }

        c.TicketOpened = true;
        await b.SaveAsync();
    }

    private static string Body(DunningCase c) => string.Create(
        CultureInfo.InvariantCulture,
        $"The automatic payment of invoice {c.InvoiceId} (due {c.DueDate:yyyy-MM-dd}) failed {c.Attempts} retries; last result: {c.LastResult}. Dunning stopped; call the customer.")
        + (c.Suspend ? " The service is marked suspended: tell the monitoring station." : "");

    private async Task<string?> AssigneeAsync(DunningCase c)
    {
        var users = await b.Grains.GetGrain<IUserDirectoryGrain>(GrainKeys.For(b.Tenant, IUserDirectoryGrain.Id)).ListUsersAsync();
        var active = users.Where(u => !u.Disabled).ToList();
        return (active.FirstOrDefault(u => u.Id == c.TicketAssigneeId)
            ?? active.OrderBy(u => u.CreatedAt).FirstOrDefault(u => u.Role == BuiltInRoles.Admin))?.Id;
    }
}
