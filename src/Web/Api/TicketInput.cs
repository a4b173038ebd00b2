namespace SecurityTrax.Web.Api;

/// <summary>A ticket's assignee, due day (yyyy-MM-dd) and priority, for a new ticket or <c>PUT /api/v1/notes/{id}/ticket</c>.</summary>
public sealed record TicketInput(long? AssigneeId, string? Due, string? Priority);
