namespace SecurityTrax.Customers;

[GenerateSerializer, Immutable, Alias("SecurityTrax.CustomerDetails")]
public sealed record CustomerDetails(
    [property: Id(0)] long Id,
    [property: Id(1)] CustomerStage Stage,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] CustomerProfile Profile,
    [property: Id(4)] string? Ssn,
    [property: Id(5)] string? DateOfBirth,
    [property: Id(6)] bool ConfidentialRevealed,
    [property: Id(7)] string[] Tags,
    [property: Id(8)] ContactDetails[] Contacts,
    [property: Id(9)] DateTimeOffset CreatedAt,
    [property: Id(10)] DateTimeOffset UpdatedAt,
    [property: Id(11)] DateTimeOffset? ConvertedAt,
    [property: Id(12)] int Version,
    [property: Id(13)] CreditReports.CreditScore? CreditScore = null,
    [property: Id(14)] bool PastDue = false,
    [property: Id(15)] bool Suspended = false);
