using SecurityTrax.Errors;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Users;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>Reads an appointment request: start with a duration, or an arrival window, never both.</summary>
public static class AppointmentInputs
{
    public const int MaxMinutes = 24 * 60;

    public static AppointmentInput? Read(AppointmentRequest request, RequestErrors errors)
    {
        var type = errors.Required(request.Type, "type");
        DateTimeOffset start = default, end = default;
        if (request.ArrivalWindow is { } window)
        {
            if (request.Start is not null || request.DurationMinutes is not null)
            {
                errors.Add("arrivalWindow", "Give start and durationMinutes, or an arrival window, not both.");
            }

            start = errors.Required(window.From, "arrivalWindow.from");
            end = errors.Required(window.To, "arrivalWindow.to");
            if (window.From is not null && window.To is not null && end <= start)
            {
                errors.Add("arrivalWindow.to", "The window ends before it starts.");
            }
        }
        else
        {
            start = errors.Required(request.Start, "start");
            var minutes = errors.Required(request.DurationMinutes, "durationMinutes");
            if (request.DurationMinutes is not null && minutes is <= 0 or > MaxMinutes)
            {
                errors.Add("durationMinutes", $"An appointment lasts 1 to {MaxMinutes} minutes (24 hours).");
            }

            end = start.AddMinutes(Math.Clamp(minutes, 0, MaxMinutes));
        }

        return errors.Any ? null : new AppointmentInput(
            type, start, end, request.ArrivalWindow is not null, [.. (request.TechnicianIds ?? []).Select(UserIds.Text)],
            request.Address?.ToAddress(), request.Notes, request.TicketId, request.InvoiceIds ?? []);
    }

    /// <summary>The grain names the visit's start and end; the request named them as a duration or a window.</summary>
    public static SecurityTraxException Rename(SecurityTraxException e, bool window) =>
        e.Kind != ErrorKind.Validation ? e : new SecurityTraxException(e.Kind, e.Message, [.. e.Fields.Select(f => f with { Field = f.Field switch
        {
            "start" when window => "arrivalWindow.from",
            "end" => window ? "arrivalWindow.to" : "durationMinutes",
            _ => f.Field,
        } })]);
}
