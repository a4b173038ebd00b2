namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>One generated bad body: what was broken (for the failure message) and the bytes sent as application/json.</summary>
public sealed record BadBody(string Label, byte[] Bytes);
