using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Identity;
using SecurityTrax.Tickets;

namespace SecurityTrax.Gateway.Tickets;

public static class TicketsApi
{
    private const string Resource = "tickets";

    public static IEndpointRouteBuilder MapTicketsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/notes/{noteId:long}").WithTags("Tickets");
        group.MapPut("/ticket", SetTicketAsync).RequireGrant(Resource, Grants.Modify).WithName("SetTicket");
        group.MapDelete("/ticket", ClearTicketAsync).RequireGrant(Resource, Grants.Modify).WithName("MakeNoteAgain").WithSummary("Turns a ticket back into a plain note.");
        group.MapPost("/status", SetStatusAsync).RequireGrant(Resource, Grants.Modify).WithName("SetTicketStatus");
        group.MapPost("/comments", CommentAsync).RequireGrant(Resource, Grants.Modify).WithName("CommentOnTicket");
        routes.MapGet("/api/v1/tickets", QueueAsync).WithTags("Tickets").RequireGrant(Resource, Grants.View).WithName("TicketQueue");
        routes.MapGet("/api/v1/me/tickets", MineAsync).WithTags("Tickets").RequireGrant(Resource, Grants.View).WithName("MyTickets");
        routes.MapGet("/api/v1/note-types", NoteTypesAsync).WithTags("Notes").RequireGrant("notes", Grants.View).WithName("ListNoteTypes").WithSummary("The company's note types (call, visit, …) to choose from on a note.");
        routes.MapPost("/api/v1/note-types", AddNoteTypeAsync).WithTags("Notes").RequireGrant("settings", Grants.Modify).WithName("AddNoteType").WithSummary("Adds a note type; answers the whole list.");
        return routes;
    }

    /// <summary>Makes a note a ticket, or reassigns it / changes due date and priority. The (new) assignee is told at once.</summary>
    public static async Task<Results<Ok<NoteResponse>, ProblemHttpResult>> SetTicketAsync(
        long noteId, TicketRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var ticket = ToInput(request, errors, "");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        return NotesApi.Answer(http.Response, await NotesApi.Note(cluster, me, noteId).SetTicketAsync(ticket!, ifMatch.Version));
    }

    public static async Task<Ok<NoteResponse>> ClearTicketAsync(
        long noteId, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        return NotesApi.Answer(http.Response, await NotesApi.Note(cluster, me, noteId).ClearTicketAsync(ifMatch.Version));
    }

    /// <summary>open, in_progress or closed; closing tells the creator and the assignee (not whoever closed it).</summary>
    public static async Task<Results<Ok<NoteResponse>, ProblemHttpResult>> SetStatusAsync(
        long noteId, StatusRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var status = errors.Required(request.Status, "status");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        return NotesApi.Answer(http.Response, await NotesApi.Note(cluster, me, noteId).SetStatusAsync(status, ifMatch.Version));
    }

    /// <summary>Adds to the ticket's thread; the creator and the assignee are told (not the commenter).</summary>
    public static async Task<Results<Ok<NoteResponse>, ProblemHttpResult>> CommentAsync(
        long noteId, CommentRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var body = errors.Required(request.Body, "body");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        return NotesApi.Answer(response, await NotesApi.Note(cluster, me, noteId).CommentAsync(body, ifMatch.Version));
    }

    /// <summary>The company's tickets, newest first; comma-separated statuses; dates yyyy-MM-dd (from inclusive, to exclusive).</summary>
    public static async Task<Results<Ok<NotePageResponse>, ProblemHttpResult>> QueueAsync(
        IClusterClient cluster, CurrentUser me, string? status, string? assignee, string? priority, string? type, long? customer,
        string? dueFrom, string? dueTo, DateTimeOffset? createdFrom, DateTimeOffset? createdTo, string? cursor, int? limit)
    {
        var errors = new RequestErrors();
        var statuses = ParseStatuses(status, errors);
        var query = new TicketQueueQuery(
            statuses, assignee, ParsePriority(priority, errors), type, customer, NotesApi.ParseDate(dueFrom, errors, "dueFrom"), NotesApi.ParseDate(dueTo, errors, "dueTo"),
            createdFrom, createdTo, cursor, limit ?? 50);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        return TypedResults.Ok(NotePageResponse.From(await cluster.GetGrain<INoteQueryGrain>(me.Key(INoteQueryGrain.Id)).QueueAsync(query)));
    }

    /// <summary>The caller's open tickets (open or in progress), newest first.</summary>
    public static async Task<Ok<NotePageResponse>> MineAsync(IClusterClient cluster, CurrentUser me, string? cursor, int? limit) =>
        TypedResults.Ok(NotePageResponse.From(await cluster.GetGrain<INoteQueryGrain>(me.Key(INoteQueryGrain.Id)).QueueAsync(
            new TicketQueueQuery([TicketStatus.Open, TicketStatus.InProgress], me.UserId, null, null, null, null, null, null, null, cursor, limit ?? 50))));

    public static async Task<Ok<string[]>> NoteTypesAsync(IClusterClient cluster, CurrentUser me) =>
        TypedResults.Ok(await cluster.GetGrain<INoteTypeCatalogGrain>(me.Key(INoteTypeCatalogGrain.Id)).ListAsync());

    public static async Task<Results<Ok<string[]>, ProblemHttpResult>> AddNoteTypeAsync(NoteTypeRequest request, IClusterClient cluster, CurrentUser me)
    {
        var errors = new RequestErrors();
        var name = errors.Required(request.Name, "name");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        return TypedResults.Ok(await cluster.GetGrain<INoteTypeCatalogGrain>(me.Key(INoteTypeCatalogGrain.Id)).AddAsync(name));
    }

    public static TicketInput? ToInput(TicketRequest request, RequestErrors errors, string prefix)
    {
        var assignee = errors.Required(request.AssigneeId, prefix + "assigneeId");
        var due = NotesApi.ParseDate(request.Due, errors, prefix + "due");
        return assignee is null ? null : new TicketInput(assignee, due, request.Priority ?? TicketPriority.Normal);
    }

    private static TicketPriority? ParsePriority(string? value, RequestErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        if (Enum.TryParse<TicketPriority>(value, ignoreCase: true, out var priority) && !char.IsAsciiDigit(value[0]))
        {
            return priority;
        }

        errors.Add("priority", "Use low, normal, high or urgent.");
        return null;
    }

    private static TicketStatus[]? ParseStatuses(string? value, RequestErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var statuses = new List<TicketStatus>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "open": statuses.Add(TicketStatus.Open); break;
                case "in_progress": statuses.Add(TicketStatus.InProgress); break;
                case "closed": statuses.Add(TicketStatus.Closed); break;
                default: errors.Add("status", $"'{part}' is not open, in_progress or closed."); break;
            }
        }

        return [.. statuses];
    }
}
