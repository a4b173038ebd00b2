using Microsoft.AspNetCore.SignalR.Client;

namespace SecurityTrax.Web.Live;

/// <summary>
/// Reconnects forever: at once, then after 1 s and 2 s, then every 3 s. An office console left open through a
/// network drop or a gateway restart must come back by itself; a short cap keeps the gap a person notices small.
/// </summary>
public sealed class LiveRetry : IRetryPolicy
{
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(3);

    public TimeSpan? NextRetryDelay(RetryContext retryContext) => retryContext.PreviousRetryCount switch
    {
        0 => TimeSpan.Zero,
        1 => TimeSpan.FromSeconds(1),
        2 => TimeSpan.FromSeconds(2),
        _ => Longest,
    };
}
