namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>One generated multipart request: what is wrong with it, its Content-Type and its bytes.</summary>
public sealed record BadUpload(string Label, string? ContentType, byte[] Body);
