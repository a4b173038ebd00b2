namespace SecurityTrax.Gateway.Customers;

/// <summary>Omit a field to leave it as it is; send an empty string to clear it.</summary>
public sealed record ConfidentialRequest(string? Ssn, string? DateOfBirth);
