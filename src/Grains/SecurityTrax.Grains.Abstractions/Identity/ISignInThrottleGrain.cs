namespace SecurityTrax.Identity;

/// <summary>Counts failed sign-ins from one client address across all tenants; key <c>ip-{address}</c>.</summary>
[Alias("SecurityTrax.ISignInThrottleGrain")]
public interface ISignInThrottleGrain : IGrainWithStringKey, IPlatformGrain
{
    /// <summary>When the address may try again, or null if it may try now.</summary>
    [Alias("Check")]
    Task<DateTimeOffset?> CheckAsync();

    [Alias("RecordFailure")]
    Task RecordFailureAsync();
}
