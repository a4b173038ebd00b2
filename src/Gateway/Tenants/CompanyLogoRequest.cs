namespace SecurityTrax.Gateway.Tenants;

/// <summary>A new logo: the PNG or JPEG file's bytes, base64 in JSON (at most 256 KB once decoded).</summary>
public sealed record CompanyLogoRequest(byte[]? Image);
