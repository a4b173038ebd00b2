using Orleans.Concurrency;

namespace SecurityTrax.Scheduling;

/// <summary>An appointment on a customer, the record of a booking; key <c>{tenant}/appointment-{number}</c>.</summary>
[Alias("SecurityTrax.IAppointmentGrain")]
public interface IAppointmentGrain : Identity.ITenantGrain
{
    /// <summary>Books it; clashes refuse it unless <paramref name="overrideReason"/> is given (kept in history).</summary>
    [Alias("Create")]
    Task<BookingResult> CreateAsync(long customerId, AppointmentInput input, string? overrideReason);

    [Alias("Get")]
    Task<AppointmentDetails> GetAsync();

    /// <summary>Moves it, reassigns it or edits it; clashes of the new time refuse it unless overridden.</summary>
    [Alias("Reschedule")]
    Task<BookingResult> RescheduleAsync(AppointmentInput input, int expectedVersion, string? overrideReason);

    /// <summary>Moves it along scheduled → dispatched → en route → on site → completed, or to cancelled (reason) or no-show.</summary>
    [Alias("SetStatus")]
    Task<AppointmentDetails> SetStatusAsync(AppointmentStatus status, string? reason, int expectedVersion);

    /// <summary>
    /// Whether the appointment stands behind a calendar booking of <paramref name="revision"/>: a booking left by an
    /// interrupted reservation does not. Interleaves, so a calendar check never waits on a booking in progress.
    /// </summary>
    [Alias("Holds"), AlwaysInterleave]
    Task<bool> HoldsAsync(int revision);
}
