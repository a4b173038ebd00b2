namespace SecurityTrax.Web.Api;

/// <summary>The body of <c>PUT /api/v1/customers/{id}/confidential</c>; an empty string clears a field.</summary>
public sealed record ConfidentialInput(string Ssn, string DateOfBirth);
