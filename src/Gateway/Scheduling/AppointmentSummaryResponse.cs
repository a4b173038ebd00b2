using SecurityTrax.Gateway.Users;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

public sealed record AppointmentSummaryResponse(
    long Id, long CustomerId, string CustomerName, string Type, DateTimeOffset Start, DateTimeOffset End, bool ArrivalWindow,
    long[] TechnicianIds, AppointmentStatus Status)
{
    public static AppointmentSummaryResponse From(AppointmentSummary a) => new(
        a.Id, a.CustomerId, a.CustomerName, a.Type, a.Start, a.End, a.ArrivalWindow, [.. a.TechnicianIds.Select(UserIds.Of)], a.Status);
}
