namespace SecurityTrax.Identity;

/// <summary>Marks the few platform-wide grains that belong to no tenant.</summary>
public interface IPlatformGrain;
