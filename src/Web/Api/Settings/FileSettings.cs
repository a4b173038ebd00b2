namespace SecurityTrax.Web.Api.Settings;

/// <summary>The company's file settings as <c>GET /api/v1/settings/files</c> answers them (bytes).</summary>
public sealed record FileSettings(long MaxFileBytes, long QuotaBytes, long UsedBytes, int? DeleteOwnWithinDays, bool KeepImageLocation);
