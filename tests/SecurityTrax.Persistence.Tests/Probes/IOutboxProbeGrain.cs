namespace SecurityTrax.Persistence.Tests.Probes;

/// <summary>A grain on the outbox base whose next save can be made to fail, to show a failed save leaves nothing behind.</summary>
[Alias("SecurityTrax.Tests.IOutboxProbeGrain")]
public interface IOutboxProbeGrain : IGrainWithStringKey
{
    /// <summary>Adds <paramref name="item"/> once (a repeat answers as done); <paramref name="failSave"/> makes this save fail.</summary>
    [Alias("Add")]
    Task<int> AddAsync(string item, bool failSave);

    [Alias("Items")]
    Task<string[]> ItemsAsync();

    /// <summary>
    /// Delivers one outbox of a history, a security and a notification row, then a copy of it, from inside the silo as
    /// a grain does; answers whether the first was emptied.
    /// </summary>
    [Alias("DeliverTwice")]
    Task<bool> DeliverTwiceAsync(string tenant);

    [Alias("Deactivate")]
    Task DeactivateAsync();
}
