namespace SecurityTrax.Scheduling;

/// <summary>A user as a technician: skills, working hours and time off; key <c>{tenant}/technician-{userId}</c>.</summary>
[Alias("SecurityTrax.ITechnicianGrain")]
public interface ITechnicianGrain : Identity.ITenantGrain
{
    /// <summary>Marks the user as a technician (<paramref name="expectedVersion"/> null), or replaces skills, notes and hours.</summary>
    [Alias("Set")]
    Task<TechnicianDetails> SetAsync(TechnicianInput input, int? expectedVersion);

    [Alias("Get")]
    Task<TechnicianDetails> GetAsync();

    /// <summary>Adds time off; time off overlapping earlier time off is refused.</summary>
    [Alias("AddTimeOff")]
    Task<TechnicianDetails> AddTimeOffAsync(TimeOffInput input, int expectedVersion);

    [Alias("RemoveTimeOff")]
    Task<TechnicianDetails> RemoveTimeOffAsync(int timeOffId, int expectedVersion);

    /// <summary>The working-hours and time-off reasons the technician cannot work from start to end (none: free).</summary>
    [Alias("CheckAvailability")]
    Task<AppointmentClash[]> CheckAvailabilityAsync(DateTimeOffset start, DateTimeOffset end);

    /// <summary>The secret of the technician's calendar feed link, made on first ask; the same until rotated.</summary>
    [Alias("FeedToken")]
    Task<string> FeedTokenAsync();

    /// <summary>Replaces the feed secret, so every link handed out before stops working.</summary>
    [Alias("RotateFeedToken")]
    Task<TechnicianDetails> RotateFeedTokenAsync(int expectedVersion);

    /// <summary>Whether <paramref name="token"/> is the current feed secret (compared in constant time).</summary>
    [Alias("FeedMatches")]
    Task<bool> FeedMatchesAsync(string token);
}
