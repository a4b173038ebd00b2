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

    /// <summary>The technician's week (company time zone) that holds <paramref name="day"/>.</summary>
    [Alias("TechnicianWeek")]
    Task<TechnicianWeek> TechnicianWeekAsync(string technicianId, DateOnly day, AppointmentFilter filter);
}
