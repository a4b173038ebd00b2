using System.Globalization;
using SecurityTrax.Web.Api;
using SecurityTrax.Web.Api.Scheduling;

namespace SecurityTrax.Web.Forms.Scheduling;

/// <summary>
/// A booking as typed: a day and a start time with a duration, or an arrival window, read in the company's time zone.
/// A time the form cannot read is refused under the API's own field name, so it shows where the API's reason would.
/// </summary>
public sealed class AppointmentForm
{
    public string? Type { get; set; }
    public string? Date { get; set; }
    public string? StartTime { get; set; }
    public string? Duration { get; set; } = "60";
    public bool Window { get; set; }
    public string? WindowFrom { get; set; } = "08:00";
    public string? WindowTo { get; set; } = "12:00";
    public List<long> TechnicianIds { get; set; } = [];
    public AddressForm Address { get; set; } = new();
    public string? Notes { get; set; }
    public string? TicketId { get; set; }
    public long[]? InvoiceIds { get; set; }

    public static AppointmentForm ForNew(Address? serviceAddress, string? type) => new() { Address = AddressForm.From(serviceAddress), Type = type };

    public static AppointmentForm From(Appointment a, ScheduleZone zone)
    {
        var (start, end) = (zone.Local(a.Start), zone.Local(a.End));
        var form = new AppointmentForm
        {
            Type = a.Type,
            Date = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Window = a.ArrivalWindow,
            TechnicianIds = [.. a.TechnicianIds],
            Address = AddressForm.From(a.Address),
            Notes = a.Notes,
            TicketId = a.TicketId?.ToString(CultureInfo.InvariantCulture),
            InvoiceIds = a.InvoiceIds,
        };
        if (a.ArrivalWindow)
        {
            (form.WindowFrom, form.WindowTo) = (ScheduleZone.Time(start), ScheduleZone.Time(end));
        }
        else
        {
            form.StartTime = ScheduleZone.Time(start);
            form.Duration = ((int)(a.End - a.Start).TotalMinutes).ToString(CultureInfo.InvariantCulture);
        }

        return form;
    }

    public void Toggle(long technicianId, bool on)
    {
        TechnicianIds.Remove(technicianId);
        if (on)
        {
            TechnicianIds.Add(technicianId);
        }
    }

    public void ToggleInvoice(long invoiceId, bool on)
    {
        var ids = (InvoiceIds ?? []).Where(i => i != invoiceId);
        InvoiceIds = [.. on ? ids.Append(invoiceId) : ids];
    }

    public (AppointmentInput? Input, Problem? Problem) ToInput(ScheduleZone zone, string? overrideReason)
    {
        var errors = new Dictionary<string, string[]>();
        var day = DateOnly.TryParseExact(Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        if (day is null)
        {
            errors["date"] = ["Choose a day."];
        }

        DateTimeOffset? start = null, from = null, to = null;
        int? minutes = null;
        if (Window)
        {
            from = At(zone, day, WindowFrom, "arrivalWindow.from", errors);
            to = At(zone, day, WindowTo, "arrivalWindow.to", errors);
        }
        else
        {
            start = At(zone, day, StartTime, "start", errors);
            minutes = int.TryParse(Duration?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : null;
            if (minutes is null)
            {
                errors["durationMinutes"] = ["Type the minutes as a whole number."];
            }
        }

        long? ticket = null;
        if (!string.IsNullOrWhiteSpace(TicketId))
        {
            ticket = long.TryParse(TicketId.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : null;
            if (ticket is null)
            {
                errors["ticketId"] = ["A ticket is named by its number."];
            }
        }

        if (errors.Count > 0)
        {
            return (null, new Problem(null, "Some fields need a look.", 400, null, errors));
        }

        var window = Window ? new ArrivalWindowInput(from!.Value, to!.Value) : null;
        return (new AppointmentInput(AddressForm.Clean(Type), start, minutes, window, [.. TechnicianIds], Address.ToAddress(),
            AddressForm.Clean(Notes), ticket, InvoiceIds, AddressForm.Clean(overrideReason)), null);
    }

    private static DateTimeOffset? At(ScheduleZone zone, DateOnly? day, string? time, string field, Dictionary<string, string[]> errors)
    {
        if (!ScheduleZone.TryTime(time, out var t))
        {
            errors[field] = ["Type the time as HH:mm."];
            return null;
        }

        if (day is null)
        {
            return null;
        }

        var instant = zone.Instant(day.Value, t);
        if (instant is null)
        {
            errors[field] = [$"The clocks skip {t:HH\\:mm} that day ({zone.Id}); choose another time."];
        }

        return instant;
    }
}
