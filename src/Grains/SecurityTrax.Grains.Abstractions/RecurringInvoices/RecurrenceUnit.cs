namespace SecurityTrax.RecurringInvoices;

/// <summary>The calendar unit a recurring invoice steps by; stored and sent by number, never renumber.</summary>
[GenerateSerializer, Alias("SecurityTrax.RecurrenceUnit")]
public enum RecurrenceUnit
{
    Days = 0,
    Weeks = 1,
    Months = 2,
    Years = 3,
}
