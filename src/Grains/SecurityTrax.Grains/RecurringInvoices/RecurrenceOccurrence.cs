namespace SecurityTrax.RecurringInvoices;

/// <summary>Occurrence <see cref="Index"/> (0-based) of a schedule: its local date and the UTC instant it is due.</summary>
public readonly record struct RecurrenceOccurrence(int Index, DateOnly Date, DateTimeOffset DueAt);
