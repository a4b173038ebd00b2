namespace SecurityTrax.Messages;

/// <summary>When to try again after a provider did not take a message.</summary>
public static class RetryPolicy
{
    public const int MaxAttempts = 5;

    private static readonly TimeSpan[] Delays =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1)];

    /// <summary>How long an attempt may stay open before the message is presumed stuck in a crashed call.</summary>
    public static readonly TimeSpan StalledAfter = TimeSpan.FromMinutes(2);

    public static TimeSpan DelayAfter(int attempts) => Delays[Math.Clamp(attempts - 1, 0, Delays.Length - 1)];
}
