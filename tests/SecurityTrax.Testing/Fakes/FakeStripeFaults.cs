namespace SecurityTrax.Testing.Fakes;

/// <summary>Faults waiting for the next request that matches them, in the order they were asked for.</summary>
internal sealed class FakeStripeFaults
{
    private readonly Lock _gate = new();
    private readonly List<(FakeStripeFault Fault, string? PathPrefix, TaskCompletionSource Played)> _pending = [];

    public Task Add(FakeStripeFault fault, string? pathPrefix)
    {
        var played = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _pending.Add((fault, pathPrefix, played));
        }

        return played.Task;
    }

    public (FakeStripeFault Fault, TaskCompletionSource Played)? TakeFor(string path)
    {
        lock (_gate)
        {
            var index = _pending.FindIndex(p => p.PathPrefix is null || path.StartsWith(p.PathPrefix, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var (fault, _, played) = _pending[index];
            _pending.RemoveAt(index);
            return (fault, played);
        }
    }

    public void CancelAll()
    {
        lock (_gate)
        {
            _pending.ForEach(p => p.Played.TrySetCanceled());
            _pending.Clear();
        }
    }
}
