using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Scheduling;

public sealed record AppointmentTypeRequest([property: Required] string? Name);
