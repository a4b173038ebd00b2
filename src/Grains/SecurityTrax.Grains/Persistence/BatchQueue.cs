using System.Threading.Channels;

namespace SecurityTrax.Persistence;

/// <summary>
/// Group commit: work items that arrive while earlier batches are being written wait here and go together in the
/// next batch, so under load the database sees one round trip and one commit for many items.
/// </summary>
/// <remarks>
/// An item that arrives while fewer than <c>maxRunning</c> batches are in flight starts a batch at once, so a lone
/// item waits for nothing. <c>writeTogether</c> answers every item of a batch in order, or throws having changed
/// nothing; a failed batch is then tried item by item, so one bad item cannot fail its neighbours, and an item that
/// fails alone gets the exception.
/// </remarks>
public sealed class BatchQueue<TItem, TResult>(
    Func<List<TItem>, Task<IReadOnlyList<TResult>>> writeTogether, int maxRunning, int maxWeight, Func<TItem, int> weight)
{
    private readonly Channel<Entry> _queue = Channel.CreateUnbounded<Entry>();
    private int _running;

    /// <summary>Queues the item; the task completes once its batch is written.</summary>
    public Task<TResult> WriteAsync(TItem item)
    {
        var entry = new Entry(item);
        _queue.Writer.TryWrite(entry);
        StartWriter();
        return entry.Done.Task;
    }

    private void StartWriter()
    {
        while (true)
        {
            var running = Volatile.Read(ref _running);
            if (running >= maxRunning)
            {
                return;
            }

            if (Interlocked.CompareExchange(ref _running, running + 1, running) == running)
            {
                break;
            }
        }

        // On the thread pool, outside any grain's scheduler and request context.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Factory.StartNew(WriteQueuedAsync, CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    private async Task WriteQueuedAsync()
    {
        try
        {
            while (_queue.Reader.TryRead(out var first))
            {
                var batch = new List<Entry> { first };
                var total = weight(first.Item);
                while (total < maxWeight && _queue.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                    total += weight(next.Item);
                }

                await WriteBatchAsync(batch);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            if (_queue.Reader.TryPeek(out _))
            {
                StartWriter();
            }
        }
    }

    private async Task WriteBatchAsync(List<Entry> batch)
    {
        try
        {
            var results = await writeTogether([.. batch.Select(e => e.Item)]);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(results[i]);
            }
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var entry in batch)
            {
                await WriteBatchAsync([entry]);
            }
        }
        catch (Exception e)
        {
            batch[0].Done.TrySetException(e);
        }
    }

    private sealed class Entry(TItem item)
    {
        public TItem Item => item;

        public TaskCompletionSource<TResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
