namespace SecurityTrax.Bench.Billing;

/// <summary>
/// The benchmark's fake clock for business time and reminders: a read takes no lock, and advancing fires due timers
/// in order of their due instant at O(log n) each.
/// </summary>
/// <remarks>
/// The testing library's fake clock locks on every read and scans all its timers for each one it fires; with one
/// reminder timer per recurring invoice that made the benchmark measure the clock. This one keeps the same
/// semantics: <see cref="Advance"/> moves time to the target, then runs each due timer's callback on the advancing
/// thread, earliest first.
/// </remarks>
public sealed class BenchClock(DateTimeOffset start) : TimeProvider
{
    private readonly PriorityQueue<(Timer Timer, int Version), long> _due = new();
    private readonly Lock _gate = new();
    private long _ticks = start.UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => new(Volatile.Read(ref _ticks), TimeSpan.Zero);

    public override long GetTimestamp() => Volatile.Read(ref _ticks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        // As the testing clock does: time jumps to the target first, then the due timers fire in order.
        var now = Interlocked.Add(ref _ticks, by.Ticks);
        while (true)
        {
            Timer timer;
            lock (_gate)
            {
                if (!_due.TryPeek(out var entry, out var at) || at > now)
                {
                    break;
                }

                _due.Dequeue();
                if (entry.Version != entry.Timer.Version)
                {
                    continue;
                }

                timer = entry.Timer;
                if (timer.Period > TimeSpan.Zero)
                {
                    _due.Enqueue((timer, timer.Version), at + timer.Period.Ticks);
                }
            }

            timer.Fire();
        }
    }

    private void Schedule(Timer timer, TimeSpan dueTime)
    {
        lock (_gate)
        {
            timer.Version++;
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                _due.Enqueue((timer, timer.Version), Volatile.Read(ref _ticks) + dueTime.Ticks);
            }
        }
    }

    private sealed class Timer(BenchClock clock, TimerCallback callback, object? state) : ITimer
    {
        public int Version { get; set; }

        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            clock.Schedule(this, dueTime);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => clock.Schedule(this, Timeout.InfiniteTimeSpan);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
