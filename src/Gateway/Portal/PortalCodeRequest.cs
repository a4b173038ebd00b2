using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Portal;

/// <summary>Asks for a one-time sign-in code: <c>address</c> is the email or phone number the company has on file.</summary>
public sealed record PortalCodeRequest([property: Required] string? Address);
