namespace SecurityTrax.Gateway.CreditReports;

/// <summary>A bureau the company may run credit reports on; <see cref="Configured"/> is false while its account is not entered.</summary>
public sealed record ApprovedBureauResponse(string Code, string Name, DateTimeOffset ApprovedAt, bool Configured);
