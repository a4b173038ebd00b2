namespace SecurityTrax.Web.Api.Settings;

/// <summary>The body of <c>PUT /api/v1/settings/files</c>; a missing number is named by the API.</summary>
public sealed record FileSettingsInput(long? MaxFileBytes, long? QuotaBytes, int? DeleteOwnWithinDays, bool KeepImageLocation);
