namespace SecurityTrax.Web.Api;

/// <summary>The body of <c>POST /api/v1/customers/{id}/messages</c> from a template; <see cref="To"/> replaces the record's address once.</summary>
public sealed record SendMessageInput(int? TemplateId, string? To);
