namespace SecurityTrax.CreditReports;

/// <summary>A bureau the company may pull from; <see cref="Configured"/> says whether its account is entered (the sandbox needs none).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.ApprovedBureau")]
public sealed record ApprovedBureau(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset ApprovedAt,
    [property: Id(3)] bool Configured);
