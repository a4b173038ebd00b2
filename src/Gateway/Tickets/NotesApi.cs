using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Identity;
using SecurityTrax.Sequences;
using SecurityTrax.Tickets;

namespace SecurityTrax.Gateway.Tickets;

public static class NotesApi
{
    public static IEndpointRouteBuilder MapNotesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/customers/{id:long}/notes", ListAsync).WithTags("Notes").RequireGrant("notes", Grants.View).WithName("ListNotes");
        routes.MapPost("/api/v1/customers/{id:long}/notes", CreateAsync).WithTags("Notes").RequireGrant("notes", Grants.Create)
            .WithIdempotencyKey().WithName("CreateNote");
        var group = routes.MapGroup("/api/v1/notes/{noteId:long}").WithTags("Notes");
        group.MapGet("", GetAsync).RequireGrant("notes", Grants.View).WithName("GetNote").WithSummary("One note or ticket, with the ETag for changes to it.");
        group.MapPut("", EditAsync).RequireGrant("notes", Grants.View).WithName("EditNote");
        group.MapDelete("", DeleteAsync).RequireGrant("notes", Grants.Delete).WithName("DeleteNote").WithSummary("Deletes a note or ticket.");
        return routes;
    }

    /// <summary>A customer's notes and tickets, newest first.</summary>
    public static async Task<Ok<NotePageResponse>> ListAsync(long id, IClusterClient cluster, CurrentUser me, string? cursor, int? limit)
    {
        await Customers.CustomersApi.Customer(cluster, me, id).GetAsync(false);
        var page = await cluster.GetGrain<INoteQueryGrain>(me.Key(INoteQueryGrain.Id)).ForCustomerAsync(id, cursor, limit ?? 50);
        return TypedResults.Ok(NotePageResponse.From(page));
    }

    /// <summary>Adds a note; with <c>ticket</c> (needs <c>tickets.create</c>) it is a ticket and its assignee is told at once.</summary>
    public static async Task<Results<Created<NoteResponse>, ProblemHttpResult>> CreateAsync(
        long id, NoteRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var errors = new RequestErrors();
        var note = new NoteInput(errors.Required(request.NoteType, "noteType"), request.Subject, errors.Required(request.Body, "body"));
        var ticket = request.Ticket is { } t ? TicketsApi.ToInput(t, errors, "ticket.") : null;
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        if (ticket is not null && !me.Grants.Contains(Grants.For("tickets", Grants.Create)))
        {
            return TypedResults.Problem(ErrorResponses.Problem(
                StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Not allowed.", "Creating tickets needs the tickets.create grant."));
        }

        var number = await cluster.GetGrain<ISequenceGrain>(me.Key(SequenceKinds.GrainId(NoteKeys.Sequence))).NextAsync();
        var created = await Note(cluster, me, number).CreateAsync(id, note, ticket);
        ETags.Set(response, created.Version);
        return TypedResults.Created($"/api/v1/notes/{created.Id}", NoteResponse.From(created));
    }

    public static async Task<Ok<NoteResponse>> GetAsync(long noteId, IClusterClient cluster, CurrentUser me, HttpResponse response) =>
        Answer(response, await Note(cluster, me, noteId).GetAsync());

    /// <summary>Edits type, subject and body: the author may, and so may users with <c>notes.modify</c>.</summary>
    public static async Task<Results<Ok<NoteResponse>, ProblemHttpResult>> EditAsync(
        long noteId, NoteRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var note = new NoteInput(errors.Required(request.NoteType, "noteType"), request.Subject, errors.Required(request.Body, "body"));
        if (request.Ticket is not null)
        {
            errors.Add("ticket", "Change the ticket with PUT /api/v1/notes/{noteId}/ticket.");
        }

        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var mayEditAny = me.Grants.Contains(Grants.For("notes", Grants.Modify));
        return Answer(http.Response, await Note(cluster, me, noteId).EditAsync(note, ifMatch.Version, mayEditAny));
    }

    public static async Task<NoContent> DeleteAsync(long noteId, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        await Note(cluster, me, noteId).DeleteAsync(ifMatch.Version);
        return TypedResults.NoContent();
    }

    public static INoteGrain Note(IClusterClient cluster, CurrentUser me, long noteId) =>
        cluster.GetGrain<INoteGrain>(me.Key(NoteKeys.Id(noteId)));

    public static Ok<NoteResponse> Answer(HttpResponse response, NoteDetails note)
    {
        ETags.Set(response, note.Version);
        return TypedResults.Ok(NoteResponse.From(note));
    }

    public static DateOnly? ParseDate(string? value, RequestErrors errors, string field)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, $"'{value}' is not a date (yyyy-MM-dd).");
        return null;
    }
}
