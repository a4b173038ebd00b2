using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Customers;

public sealed record TagRequest([property: Required] string? Tag);
