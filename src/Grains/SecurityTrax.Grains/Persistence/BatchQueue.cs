using System.Threading.Channels;

namespace SecurityTrax.Persistence;

/// <summary>
/// Group commit: work items that arrive while earlier batches are being written wait here and go together in the
/// next batch, so under load the database sees one round trip and one commit for many items.
/// </summary>
/// <remarks>
/// An item that arrives while fewer than <c>maxRunning</c> batches are in flight starts a batch at once, so a lone
/// item waits for nothing. The write callback completes every item of its batch, also when the batch fails.
/// </remarks>
public sealed class BatchQueue<T>(Func<List<T>, Task> writeAsync, int maxRunning, int maxWeight, Func<T, int> weight)
{
    private readonly Channel<T> _queue = Channel.CreateUnbounded<T>();
    private int _running;

    public void Enqueue(T item)
    {
        _queue.Writer.TryWrite(item);
        StartWriter();
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
                var batch = new List<T> { first };
                var total = weight(first);
                while (total < maxWeight && _queue.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                    total += weight(next);
                }

                await writeAsync(batch);
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
}
