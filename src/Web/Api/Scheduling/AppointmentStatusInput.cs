namespace SecurityTrax.Web.Api.Scheduling;

/// <summary>The next status; cancelling takes a reason.</summary>
public sealed record AppointmentStatusInput(string Status, string? Reason);
