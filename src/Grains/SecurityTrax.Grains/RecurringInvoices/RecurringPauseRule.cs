namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// When a recurring invoice stops trying by itself: after <see cref="FailuresInARow"/> occurrences in a row failed with
/// the same kind (three declines, three times the customer was not found). Failures of different kinds, or a step done
/// in between, start the count again: one bad month is recorded, not paused.
/// </summary>
public static class RecurringPauseRule
{
    /// <summary>Three monthly failures of one kind is a quarter of unpaid service: a person should look at it.</summary>
    public const int FailuresInARow = 3;

    /// <summary>The streak after a failure of <paramref name="kind"/>, and whether it pauses the recurring invoice.</summary>
    public static (string Kind, int Streak, bool Pause) AfterFailure(string? streakKind, int streak, string kind)
    {
        var next = streakKind == kind ? streak + 1 : 1;
        return (kind, next, next >= FailuresInARow);
    }

    public static string Reason(int streak, RecurringFailure last) =>
        $"{streak} occurrences in a row failed ({last.Step}: {last.Kind}); last: {last.Reason}";
}
