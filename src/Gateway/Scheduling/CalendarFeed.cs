using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>
/// A technician's appointments as an iCalendar document. Times are UTC (a DST change can never shift them) and the
/// calendar names the company's time zone (X-WR-TIMEZONE) for clients to show them in. A cancelled appointment stays
/// in the feed as STATUS:CANCELLED: a phone that already holds the event shows it called off instead of it silently
/// disappearing.
/// </summary>
public static class CalendarFeed
{
    /// <summary>How far back and ahead the feed reaches: recent history for the technician's notes, the planned season ahead.</summary>
    public static readonly TimeSpan Past = TimeSpan.FromDays(30);
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(365);

    public static string Write(string tenant, string technicianName, string timeZone, IEnumerable<AppointmentSummary> appointments, DateTimeOffset now)
    {
        var calendar = new Calendar { ProductId = "-//SecurityTrax//Technician schedule//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"{technicianName}: appointments");
        calendar.AddProperty("X-WR-TIMEZONE", timeZone);
        foreach (var a in appointments)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"appointment-{a.Id}@{tenant}.securitytrax",
                Summary = $"{a.Type}: {a.CustomerName}",
                Description = a.ArrivalWindow ? $"Arrival window. Status: {Name(a.Status)}." : $"Status: {Name(a.Status)}.",
                DtStart = Utc(a.Start),
                DtEnd = Utc(a.End),
                DtStamp = Utc(now),
                Status = a.Status == AppointmentStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string Name(AppointmentStatus status) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    private static CalDateTime Utc(DateTimeOffset at) => new(at.UtcDateTime, CalDateTime.UtcTzId);
}
