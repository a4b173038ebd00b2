namespace SecurityTrax.RecurringInvoices;

/// <summary>Bounds how many recurring invoices of one silo make invoices at the same time.</summary>
/// <remarks>
/// At 02:00 every recurring invoice of a billing day wakes at once. Unbounded, thousands of them each wait on the
/// database with calls in flight, and calls time out; bounded, the rest wait their turn and each one's calls finish.
/// Enough run at once that the grain storage's batches fill (256: 36 statements per round trip in the billing run).
/// </remarks>
public sealed class BillingThrottle(int concurrency = BillingThrottle.DefaultConcurrency)
{
    public const int DefaultConcurrency = 256;

    private readonly SemaphoreSlim _slots = new(concurrency, concurrency);

    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        await _slots.WaitAsync();
        try
        {
            return await work();
        }
        finally
        {
            _slots.Release();
        }
    }
}
