using System.Globalization;

namespace SecurityTrax.Web.Forms.Scheduling;

/// <summary>
/// A block dropped on another technician's row or hour: the same booking at the drop's hour (minutes kept, a window
/// keeps its length), with the technician it was dragged from replaced by the one it was dropped on.
/// </summary>
public sealed record BoardMove(long FromTechnician, long ToTechnician, DateOnly Day, int Hour)
{
    public void ApplyTo(AppointmentForm form)
    {
        form.Date = Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (form.Window)
        {
            var from = Parse(form.WindowFrom);
            var length = Parse(form.WindowTo) - from;
            var start = new TimeOnly(Hour, from.Minute);
            (form.WindowFrom, form.WindowTo) = (Text(start), Text(start.Add(length)));
        }
        else
        {
            form.StartTime = Text(new TimeOnly(Hour, Parse(form.StartTime).Minute));
        }

        var technicians = form.TechnicianIds;
        var at = technicians.IndexOf(FromTechnician);
        if (FromTechnician == ToTechnician)
        {
            return;
        }

        if (at < 0)
        {
            if (!technicians.Contains(ToTechnician))
            {
                technicians.Add(ToTechnician);
            }
        }
        else if (technicians.Contains(ToTechnician))
        {
            technicians.RemoveAt(at);
        }
        else
        {
            technicians[at] = ToTechnician;
        }
    }

    private static TimeOnly Parse(string? text) => ScheduleZone.TryTime(text, out var t) ? t : TimeOnly.MinValue;

    private static string Text(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
