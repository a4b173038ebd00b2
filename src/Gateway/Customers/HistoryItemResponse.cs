using System.Globalization;
using SecurityTrax.Customers;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Customers;

public sealed record HistoryItemResponse(
    long Id, DateTimeOffset OccurredAt, long? UserId, string UserName, string Action, string Entity, long? EntityId,
    string? Field, string? OldValue, string? NewValue, string Source, string? ClientIp, string? CorrelationId)
{
    public static HistoryItemResponse From(HistoryItem h) => new(
        h.Number, h.OccurredAt, UserIds.Number(h.UserId), h.UserName, h.Action, h.Entity, EntityNumber(h.EntityId), h.Field, h.OldValue, h.NewValue,
        h.Source, h.ClientIp, h.CorrelationId);

    // Every entity a row names has a number; what is stored is text because one column serves them all. A change to a
    // whole list (contacts reordered) names no single entity, and rows written before messages had numbers name the
    // message's internal key: both answer null rather than an id of another type.
    private static long? EntityNumber(string stored) =>
        long.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
