using SecurityTrax.Testing;

namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// What the database holds for one company beside its answers: its history and notification rows, and every grain's
/// stored version (outboxes and pending work live in grain state). Two equal readings mean nothing was written.
/// </summary>
public sealed record StoredRows(long History, long Notifications, string Grains)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(15);

    // Grain types whose state moves by itself: a technician's schedule bookkeeping catches up after the world is built.
    private static readonly string[] Moving = ["technician"];

    /// <summary>A reading of the company, less the grains keyed <paramref name="except"/> ("stripe-webhooks" for "{tenant}/stripe-webhooks").</summary>
    public static async Task<StoredRows> ReadAsync(TestDatabase database, string tenant, params string[] except)
    {
        var history = await database.ScalarAsync<long>("SELECT count(*) FROM history WHERE tenant_id = @t", ("t", tenant));
        var notifications = await database.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE tenant_id = @t", ("t", tenant));
        var grains = await database.ScalarAsync<string>(
            """
            SELECT coalesce(string_agg(graintypestring || ' ' || grainidextensionstring || ' v' || version, E'\n' ORDER BY graintypestring, grainidextensionstring), '')
            FROM orleansstorage
            WHERE grainidextensionstring LIKE @t || '/%' AND NOT grainidextensionstring = ANY(@except) AND NOT graintypestring = ANY(@moving)
            """,
            ("t", tenant), ("except", except.Select(e => $"{tenant}/{e}").ToArray()), ("moving", Moving));
        return new StoredRows(history, notifications, grains ?? "");
    }

    /// <summary>A reading once the company's own background work (deliveries after the world was built) has not written for 1.2 s.</summary>
    public static async Task<StoredRows> SettledAsync(TestDatabase database, string tenant, params string[] except)
    {
        var deadline = DateTime.UtcNow + Settle;
        var last = await ReadAsync(database, tenant, except);
        var quiet = 0;
        while (quiet < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(400);
            var now = await ReadAsync(database, tenant, except);
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }

        return last;
    }

    /// <summary>What differs in <paramref name="after"/>, in words; empty when nothing was written.</summary>
    public IEnumerable<string> ChangesIn(StoredRows after)
    {
        if (after.History != History)
        {
            yield return $"history rows {History} → {after.History}";
        }

        if (after.Notifications != Notifications)
        {
            yield return $"notification rows {Notifications} → {after.Notifications}";
        }

        var before = Grains.Split('\n').ToHashSet(StringComparer.Ordinal);
        foreach (var grain in after.Grains.Split('\n').Where(g => g.Length > 0 && !before.Contains(g)))
        {
            yield return $"grain state written: {grain}";
        }
    }
}
