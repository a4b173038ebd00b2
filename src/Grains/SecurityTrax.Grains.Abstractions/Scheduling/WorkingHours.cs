namespace SecurityTrax.Scheduling;

/// <summary>One weekday's working time in the company's time zone; <see cref="End"/> is after <see cref="Start"/>.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.WorkingHours")]
public sealed record WorkingHours(
    [property: Id(0)] DayOfWeek Day,
    [property: Id(1)] TimeOnly Start,
    [property: Id(2)] TimeOnly End);
