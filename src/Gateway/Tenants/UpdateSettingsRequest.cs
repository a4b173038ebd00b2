using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Tenants;

public sealed record UpdateSettingsRequest(
    [property: Required] string? CompanyName,
    [property: Required] string? TimeZone,
    [property: Required] string? Culture,
    [property: Required] bool? EmailReceiptsByDefault);
