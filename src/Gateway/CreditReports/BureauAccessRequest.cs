using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.CreditReports;

/// <summary>A company asks for a bureau (<c>sandbox</c> or <c>http</c>), saying why it pulls credit reports.</summary>
public sealed record BureauAccessRequest([property: Required] string? Bureau, [property: Required] string? PermissiblePurpose);
