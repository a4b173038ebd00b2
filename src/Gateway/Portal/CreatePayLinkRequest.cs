namespace SecurityTrax.Gateway.Portal;

/// <summary>A pay link; <c>expiresAt</c> (ISO 8601 with offset) defaults to 30 days from now and may be at most 180 days ahead.</summary>
public sealed record CreatePayLinkRequest(DateTimeOffset? ExpiresAt);
