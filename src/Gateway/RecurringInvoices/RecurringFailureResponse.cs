namespace SecurityTrax.Gateway.RecurringInvoices;

/// <summary>A step (<c>invoice</c> or <c>charge</c>) of occurrence <c>occurrence</c> that could not be done, and why.</summary>
public sealed record RecurringFailureResponse(int Occurrence, string Step, string Kind, string Reason, DateTimeOffset At);
