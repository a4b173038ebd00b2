using SecurityTrax.Web.Api.Scheduling;

namespace SecurityTrax.Web.Pages.Record.Scheduling;

/// <summary>A listed appointment: its summary, and its details and ETag when read (needed to act on it).</summary>
public sealed record AppointmentRow(AppointmentSummary Summary, Appointment? Details = null, string? ETag = null)
{
    public AppointmentRow(Appointment details, string? etag)
        : this(details.ToSummary(), details, etag)
    {
    }
}
