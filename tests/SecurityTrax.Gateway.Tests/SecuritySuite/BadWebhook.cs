namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>One generated webhook delivery: the route it aims at, what is wrong with it, and the request as sent.</summary>
public sealed record BadWebhook(string Route, string Label, string Path, string? ContentType, byte[] Body, string? SignatureHeader, string? Signature);
