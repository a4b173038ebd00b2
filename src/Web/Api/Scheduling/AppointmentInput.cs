namespace SecurityTrax.Web.Api.Scheduling;

/// <summary>The body of booking and of rescheduling: <c>start</c> with <c>durationMinutes</c>, or an <c>arrivalWindow</c>.</summary>
public sealed record AppointmentInput(
    string? Type, DateTimeOffset? Start, int? DurationMinutes, ArrivalWindowInput? ArrivalWindow, long[] TechnicianIds,
    Address? Address, string? Notes, long? TicketId, long[]? InvoiceIds, string? OverrideReason);
