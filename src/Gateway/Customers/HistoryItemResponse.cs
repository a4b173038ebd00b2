using SecurityTrax.Customers;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Customers;

public sealed record HistoryItemResponse(
    long Id, DateTimeOffset OccurredAt, long? UserId, string UserName, string Action, string Entity, string EntityId,
    string? Field, string? OldValue, string? NewValue, string Source, string? ClientIp, string? CorrelationId)
{
    public static HistoryItemResponse From(HistoryItem h) => new(
        h.Number, h.OccurredAt, UserIds.Number(h.UserId), h.UserName, h.Action, h.Entity, h.EntityId, h.Field, h.OldValue, h.NewValue,
        h.Source, h.ClientIp, h.CorrelationId);
}
