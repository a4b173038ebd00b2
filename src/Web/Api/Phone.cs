namespace SecurityTrax.Web.Api;

/// <summary>Kind: mobile, home, work or other.</summary>
public sealed record Phone(string? Kind, string? Number);
