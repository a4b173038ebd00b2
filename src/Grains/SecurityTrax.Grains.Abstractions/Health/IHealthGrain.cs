using SecurityTrax.Identity;

namespace SecurityTrax.Health;

/// <summary>Readiness probe answered by whichever silo activates it; platform-wide, not tenant-scoped.</summary>
[Alias("SecurityTrax.IHealthGrain")]
public interface IHealthGrain : IGrainWithIntegerKey, IPlatformGrain
{
    [Alias("Check")]
    Task<HealthReport> CheckAsync();
}
