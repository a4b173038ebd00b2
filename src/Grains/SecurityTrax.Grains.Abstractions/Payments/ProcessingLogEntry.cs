namespace SecurityTrax.Payments;

/// <summary>
/// One step of processing and what the processor answered. The same step with the same answer again (a pending
/// debit polled every few minutes) is one entry: <see cref="Count"/> times, the last at <see cref="LastAt"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.ProcessingLogEntry")]
public sealed record ProcessingLogEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Step,
    [property: Id(2)] string Detail,
    [property: Id(3)] int Count = 1,
    [property: Id(4)] DateTimeOffset? LastAt = null);
