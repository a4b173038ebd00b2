using SecurityTrax.Identity;

namespace SecurityTrax.Scheduling;

/// <summary>Appointment lists from the read model; key <c>{tenant}/appointment-queries</c>.</summary>
[Alias("SecurityTrax.IAppointmentQueryGrain")]
public interface IAppointmentQueryGrain : ITenantGrain
{
    public const string Id = "appointment-queries";

    /// <summary>The most rows one answer holds.</summary>
    public const int MaxRows = 500;

    /// <summary>A customer's appointments, past and upcoming, by start (latest first).</summary>
    [Alias("ForCustomer")]
    Task<AppointmentSummary[]> ForCustomerAsync(long customerId, AppointmentFilter filter);

    /// <summary>The technician's week (company time zone) that holds <paramref name="date"/>.</summary>
    [Alias("TechnicianWeek")]
    Task<TechnicianWeek> TechnicianWeekAsync(string technicianId, DateOnly day, AppointmentFilter filter);

    /// <summary>
    /// The company's day (its time zone; today when <paramref name="date"/> is null) by technician, every technician listed even with nothing booked; with
    /// <paramref name="technicianId"/> only that technician's row.
    /// </summary>
    [Alias("CompanyDay")]
    Task<CompanyDay> CompanyDayAsync(DateOnly? date, string? technicianId, AppointmentFilter filter);

    /// <summary>Appointments without a technician, by start.</summary>
    [Alias("Unassigned")]
    Task<AppointmentSummary[]> UnassignedAsync(AppointmentFilter filter);

    /// <summary>The start of the customer's next appointment after <paramref name="after"/> that is still to happen; null when none.</summary>
    [Alias("NextForCustomer")]
    Task<DateTimeOffset?> NextForCustomerAsync(long customerId, DateTimeOffset after);

    /// <summary>A technician's appointments touching <paramref name="from"/>–<paramref name="to"/>, every status, by start (the calendar feed).</summary>
    [Alias("TechnicianRange")]
    Task<AppointmentSummary[]> TechnicianRangeAsync(string technicianId, DateTimeOffset from, DateTimeOffset to);
}
