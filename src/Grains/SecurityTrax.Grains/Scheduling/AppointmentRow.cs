namespace SecurityTrax.Scheduling;

/// <summary>The appointment-list read-model row.</summary>
public sealed record AppointmentRow(
    long AppointmentId,
    long CustomerId,
    string CustomerName,
    string Type,
    DateTimeOffset StartAt,
    DateTimeOffset EndAt,
    bool ArrivalWindow,
    string[] TechnicianIds,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public const string Kind = "appointment";

    public static AppointmentRow Of(long number, AppointmentState state)
    {
        var b = state.Booking!;
        return new(number, state.CustomerId, state.CustomerName, b.Type, b.Start, b.End, b.ArrivalWindow, b.TechnicianIds,
            AppointmentFlow.Name(state.Status), state.CreatedAt, state.UpdatedAt);
    }

    public static AppointmentDetails Details(long number, AppointmentState state)
    {
        var b = state.Booking!;
        return new(number, state.CustomerId, state.CustomerName, b.Type, b.Start, b.End, b.ArrivalWindow, b.TechnicianIds, b.Address, b.Notes,
            b.TicketId, b.InvoiceIds, state.Status, state.CancelReason, state.CreatedAt, state.UpdatedAt, state.Version);
    }
}
