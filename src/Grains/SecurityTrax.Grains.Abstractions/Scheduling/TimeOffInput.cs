namespace SecurityTrax.Scheduling;

/// <summary>Whole days off, <see cref="From"/> to <see cref="To"/> inclusive, as dates in the company's time zone.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.TimeOffInput")]
public sealed record TimeOffInput(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] string Reason);
