namespace SecurityTrax.Gateway.Portal;

/// <summary>The same answer whether or not the address is on file: a code was sent if it is, valid <c>expiresInMinutes</c>.</summary>
public sealed record PortalCodeResponse(string Message, int ExpiresInMinutes);
