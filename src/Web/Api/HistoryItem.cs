namespace SecurityTrax.Web.Api;

/// <summary>One row of <c>GET /api/v1/customers/{id}/history</c>: who did what to which part of the record, and when.</summary>
public sealed record HistoryItem(
    long Id, DateTimeOffset OccurredAt, long? UserId, string UserName, string Action, string Entity, long? EntityId,
    string? Field, string? OldValue, string? NewValue, string Source);
