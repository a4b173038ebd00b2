namespace SecurityTrax.Payments;

/// <summary>One step of processing and what the processor answered.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.ProcessingLogEntry")]
public sealed record ProcessingLogEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Step,
    [property: Id(2)] string Detail);
