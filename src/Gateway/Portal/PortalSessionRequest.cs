using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Portal;

/// <summary>Signs in with the code sent to <c>address</c>.</summary>
public sealed record PortalSessionRequest([property: Required] string? Address, [property: Required] string? Code);
