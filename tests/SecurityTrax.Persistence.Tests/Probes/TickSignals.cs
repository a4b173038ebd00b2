using System.Collections.Concurrent;

namespace SecurityTrax.Persistence.Tests.Probes;

/// <summary>Lets a test await the n-th reminder tick of a grain instead of sleeping.</summary>
public static class TickSignals
{
    private static readonly ConcurrentDictionary<(string Key, int Tick), TaskCompletionSource> Ticks = new();

    public static void Signal(string key, int tick) => Source(key, tick).TrySetResult();

    public static Task WaitAsync(string key, int tick, TimeSpan timeout) => Source(key, tick).Task.WaitAsync(timeout);

    private static TaskCompletionSource Source(string key, int tick) =>
        Ticks.GetOrAdd((key, tick), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
