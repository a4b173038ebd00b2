namespace SecurityTrax.Scheduling;

[GenerateSerializer, Immutable, Alias("SecurityTrax.TimeOffDetails")]
public sealed record TimeOffDetails(
    [property: Id(0)] int Id,
    [property: Id(1)] DateOnly From,
    [property: Id(2)] DateOnly To,
    [property: Id(3)] string Reason);
