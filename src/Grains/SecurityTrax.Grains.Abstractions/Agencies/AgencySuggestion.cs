namespace SecurityTrax.Agencies;

/// <summary>An agency covering an address, and how: <c>zip</c> (its ZIP code is listed) or <c>city</c> (its city is).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.AgencySuggestion")]
public sealed record AgencySuggestion(
    [property: Id(0)] AgencyDetails Agency,
    [property: Id(1)] string MatchedBy);
