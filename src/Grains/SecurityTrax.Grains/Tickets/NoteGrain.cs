using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Persistence;

namespace SecurityTrax.Tickets;

public sealed class NoteGrain(
    [PersistentState(StorageNames.Note, StorageNames.Main)] IPersistentState<NoteState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    OutboxWriter outbox,
    ILogger<NoteGrain> logger)
    : OutboxGrain<NoteState>(state, outbox, logger), INoteGrain
{
    private long Number => NoteKeys.Number(GrainKeys.Parse(this.GetPrimaryKeyString()).Id);

    private string Id => Number.ToString(CultureInfo.InvariantCulture);

    private string Entity => State.IsTicket ? "ticket" : "note";

    private Caller Actor => CallerContext.Current ?? Caller.System(Tenant);

    private TicketAssignment Tickets => new(GrainFactory, Tenant);

    public async Task<NoteDetails> CreateAsync(long customerId, NoteInput note, TicketInput? ticket)
    {
        if (State.Exists)
        {
            throw SecurityTraxException.Conflict($"Note {Number} exists.");
        }

        var customer = await GrainFactory.GetGrain<ICustomerGrain>(GrainKeys.For(Tenant, customerId.ToString(CultureInfo.InvariantCulture))).GetAsync(false);
        var errors = new List<FieldError>();
        var clean = NoteRules.Normalize(note, await ResolveTypeAsync(note.NoteType), errors);
        // The ticket is a member of the note's body here, so its fields are named by their path in it.
        var assignee = ticket is null ? null : await Tickets.CheckAsync(ticket, errors, "ticket.");
        SecurityTraxException.ThrowIfAny(errors);

        var now = time.GetUtcNow();
        var actor = Actor;
        State.Exists = true;
        State.CustomerId = customerId;
        State.CustomerName = customer.DisplayName;
        State.Note = clean;
        State.AuthorId = actor.UserId;
        State.AuthorName = actor.UserName;
        State.CreatedAt = now;
        var history = History(now);
        if (ticket is not null)
        {
            TicketAssignment.Apply(State, Number, ticket, assignee!, history, "created", Actor, now);
        }

        history.Changes(Entity, Id, "created", NoteChanges.Note(null, clean));
        return await CommitAsync(now);
    }

    public Task<NoteDetails> GetAsync()
    {
        EnsureLive();
        return Task.FromResult(ToDetails());
    }

    public async Task<NoteDetails> EditAsync(NoteInput note, int expectedVersion, bool mayEditAnyNote)
    {
        EnsureVersion(expectedVersion);
        if (!mayEditAnyNote && Actor.UserId != State.AuthorId)
        {
            throw new SecurityTraxException(ErrorKind.Forbidden, "Only the author, or someone allowed to modify notes, may edit this note.");
        }

        var errors = new List<FieldError>();
        var clean = NoteRules.Normalize(note, await ResolveTypeAsync(note.NoteType), errors);
        SecurityTraxException.ThrowIfAny(errors);
        var now = time.GetUtcNow();
        if (!History(now).Changes(Entity, Id, "updated", NoteChanges.Note(State.Note, clean)))
        {
            return ToDetails();
        }

        State.Note = clean;
        return await CommitAsync(now);
    }

    public async Task DeleteAsync(int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        var now = time.GetUtcNow();
        State.Deleted = true;
        History(now).Add(Entity, Id, "deleted");
        await CommitAsync(now);
    }

    public async Task<NoteDetails> SetTicketAsync(TicketInput ticket, int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        var errors = new List<FieldError>();
        var assignee = await Tickets.CheckAsync(ticket, errors, "");
        SecurityTraxException.ThrowIfAny(errors);

        var now = time.GetUtcNow();
        var action = !State.IsTicket ? "made_ticket" : ticket.AssigneeId != State.AssigneeId ? "reassigned" : "updated";
        if (!TicketAssignment.Apply(State, Number, ticket, assignee!, History(now), action, Actor, now))
        {
            return ToDetails();
        }

        return await CommitAsync(now);
    }

    public async Task<NoteDetails> ClearTicketAsync(int expectedVersion)
    {
        EnsureTicket(expectedVersion);
        var now = time.GetUtcNow();
        History(now).Changes("ticket", Id, "made_note", NoteChanges.Ticket(State, null, null, null));
        State.IsTicket = false;
        State.AssigneeId = State.AssigneeName = null;
        State.Due = null;
        State.ClosedAt = null;
        return await CommitAsync(now);
    }

    public async Task<NoteDetails> SetStatusAsync(TicketStatus status, int expectedVersion)
    {
        EnsureTicket(expectedVersion);
        if (!Enum.IsDefined(status))
        {
            throw SecurityTraxException.Invalid("status", "Use open, in_progress or closed.");
        }

        if (status == State.Status)
        {
            return ToDetails();
        }

        var now = time.GetUtcNow();
        var action = status == TicketStatus.Closed ? "closed" : State.Status == TicketStatus.Closed ? "reopened" : "status_changed";
        History(now).Add("ticket", Id, action, "status", NoteChanges.Name(State.Status), NoteChanges.Name(status));
        State.Status = status;
        State.ClosedAt = status == TicketStatus.Closed ? now : null;
        if (status == TicketStatus.Closed)
        {
            TicketNotices.ToParticipants(State, Number, Actor, now, "ticket.closed", $"Ticket #{Number} was closed", null);
        }

        return await CommitAsync(now);
    }

    public async Task<NoteDetails> CommentAsync(string body, int? expectedVersion = null)
    {
        EnsureLive();
        ExpectedVersion.Check(expectedVersion, State.Version);
        if (!State.IsTicket)
        {
            throw SecurityTraxException.Conflict($"Note {Number} is not a ticket; only tickets have comments.");
        }

        var errors = new List<FieldError>();
        var text = FieldChecks.Text(errors, "body", body, NoteRules.CommentMaxLength, required: true);
        SecurityTraxException.ThrowIfAny(errors);
        var now = time.GetUtcNow();
        var actor = Actor;
        var comment = new CommentRecord
        {
            Id = State.Comments.Count + 1,
            AuthorId = actor.UserId,
            AuthorName = actor.UserName,
            Body = text!,
            CreatedAt = now,
        };
        State.Comments.Add(comment);
        History(now).Add("ticket", Id, "commented", "comment", null, comment.Body);
        TicketNotices.ToParticipants(State, Number, Actor, now, "ticket.commented", $"{actor.UserName} commented on ticket #{Number}", comment.Body);
        return await CommitAsync(now);
    }

    private Task<string?> ResolveTypeAsync(string noteType) =>
        GrainFactory.GetGrain<INoteTypeCatalogGrain>(GrainKeys.For(Tenant, INoteTypeCatalogGrain.Id)).ResolveAsync(noteType ?? "");

    private HistoryRecorder History(DateTimeOffset now) =>
        State.Outbox.HistoryOf(Actor, now, "customer", State.CustomerId.ToString(CultureInfo.InvariantCulture));

    private async Task<NoteDetails> CommitAsync(DateTimeOffset now)
    {
        State.Version++;
        State.UpdatedAt = now;
        State.Outbox.Project(NoteRow.Kind, Id, State.Version, JsonSerializer.Serialize(ToRow()));
        await SaveAsync();
        return ToDetails();
    }

    private NoteRow ToRow() => NoteViews.Row(Number, State);

    private NoteDetails ToDetails() => NoteViews.Details(Number, State);

    private void EnsureLive()
    {
        if (!State.Exists || State.Deleted)
        {
            throw SecurityTraxException.NotFound($"Note {Number}");
        }
    }

    private void EnsureVersion(int expected)
    {
        EnsureLive();
        if (expected != State.Version)
        {
            throw SecurityTraxException.StaleVersion(expected, State.Version);
        }
    }

    private void EnsureTicket(int expected)
    {
        EnsureVersion(expected);
        if (!State.IsTicket)
        {
            throw SecurityTraxException.Conflict($"Note {Number} is not a ticket.");
        }
    }
}
