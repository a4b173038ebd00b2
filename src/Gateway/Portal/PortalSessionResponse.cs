namespace SecurityTrax.Gateway.Portal;

/// <summary>A portal session: the <c>url</c> of the customer's portal, a pay link that works until <c>expiresAt</c>.</summary>
public sealed record PortalSessionResponse(string Url, DateTimeOffset ExpiresAt);
