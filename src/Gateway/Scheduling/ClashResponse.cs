using SecurityTrax.Gateway.Users;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>One clash of a refused booking: another appointment (its id and times), working hours or time off.</summary>
public sealed record ClashResponse(long TechnicianId, ClashKind Kind, long? AppointmentId, DateTimeOffset Start, DateTimeOffset End, string Reason)
{
    public static ClashResponse From(AppointmentClash c) => new(UserIds.Of(c.TechnicianId), c.Kind, c.AppointmentId, c.Start, c.End, c.Reason);
}
