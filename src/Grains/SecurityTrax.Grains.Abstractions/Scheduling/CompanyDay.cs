namespace SecurityTrax.Scheduling;

/// <summary>One day of the company (its time zone), technician by technician, for the dispatch board.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.CompanyDay")]
public sealed record CompanyDay(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] string TimeZone,
    [property: Id(2)] DateTimeOffset From,
    [property: Id(3)] DateTimeOffset To,
    [property: Id(4)] TechnicianDay[] Technicians);
