using Microsoft.Extensions.DependencyInjection;

namespace SecurityTrax.Identity;

/// <summary>In memory only: losing the count when the grain moves just gives an attacker a fresh window.</summary>
public sealed class SignInThrottleGrain([FromKeyedServices(Clock.Key)] TimeProvider time) : Grain, ISignInThrottleGrain
{
    public const int MaxFailures = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly Queue<DateTimeOffset> _failures = new();

    public Task<DateTimeOffset?> CheckAsync()
    {
        Expire();
        return Task.FromResult<DateTimeOffset?>(_failures.Count >= MaxFailures ? _failures.Peek() + Window : null);
    }

    public Task RecordFailureAsync()
    {
        Expire();
        _failures.Enqueue(time.GetUtcNow());
        DelayDeactivation(Window);
        return Task.CompletedTask;
    }

    private void Expire()
    {
        var horizon = time.GetUtcNow() - Window;
        while (_failures.Count > 0 && _failures.Peek() <= horizon)
        {
            _failures.Dequeue();
        }
    }
}
