using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Auth;

/// <summary>Signs a user in.</summary>
/// <param name="Tenant">The company's short slug, as given by the platform operator (e.g. <c>acme-alarm</c>).</param>
/// <param name="UserName">The user's sign-in name (not case-sensitive).</param>
/// <param name="Password">The user's password.</param>
public sealed record TokenRequest([property: Required] string? Tenant, [property: Required] string? UserName, [property: Required] string? Password);
