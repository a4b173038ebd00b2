namespace SecurityTrax.Payments;

/// <summary>The payment's processing log, kept short: the same step with the same detail again is counted on the last entry.</summary>
public static class ProcessingLog
{
    public static void Add(List<ProcessingLogEntry> log, DateTimeOffset now, string step, string detail)
    {
        if (log.Count > 0 && log[^1] is { } last && last.Step == step && last.Detail == detail)
        {
            log[^1] = last with { Count = Math.Max(1, last.Count) + 1, LastAt = now };
            return;
        }

        log.Add(new ProcessingLogEntry(now, step, detail));
    }
}
