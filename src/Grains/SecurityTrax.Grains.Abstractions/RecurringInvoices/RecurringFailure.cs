namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// A step of occurrence <see cref="Occurrence"/> (1-based) that could not be done: <see cref="Step"/> is <c>invoice</c> or
/// <c>charge</c>, <see cref="Kind"/> a stable code (<c>declined</c>, <c>not_found</c>, <c>no_billing_method</c>, …).
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.RecurringFailure")]
public sealed record RecurringFailure(
    [property: Id(0)] int Occurrence,
    [property: Id(1)] string Step,
    [property: Id(2)] string Kind,
    [property: Id(3)] string Reason,
    [property: Id(4)] DateTimeOffset At);
