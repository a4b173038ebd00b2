namespace SecurityTrax.Customers;

/// <summary>SSN and date of birth (for credit reports). Null leaves a value as it is; empty clears it.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.ConfidentialInfo")]
public sealed record ConfidentialInfo(
    [property: Id(0)] string? Ssn,
    [property: Id(1)] string? DateOfBirth);
