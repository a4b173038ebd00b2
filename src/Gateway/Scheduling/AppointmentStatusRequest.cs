using System.ComponentModel.DataAnnotations;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>The next status; cancelling takes a reason (and the <c>schedule.delete</c> grant).</summary>
public sealed record AppointmentStatusRequest([property: Required] AppointmentStatus? Status, string? Reason);
