using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.CreditReports;

/// <summary>Runs a credit report on a lead or customer with an approved bureau; the consent is recorded with it.</summary>
public sealed record RunCreditReportRequest([property: Required] string? Bureau, [property: Required] ConsentDto? Consent);
