namespace SecurityTrax.Gateway.CreditReports;

/// <summary>How the subject consented to the pull: <c>signed</c>, <c>verbal</c> or <c>online</c>.</summary>
public sealed record ConsentDto(SecurityTrax.CreditReports.ConsentMethod? Method);
