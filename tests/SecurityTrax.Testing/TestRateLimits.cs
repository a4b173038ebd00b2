using System.Globalization;

namespace SecurityTrax.Testing;

/// <summary>Gateway settings for the rate limits of every limited route group (README, "Sessions, proxies and rate limits").</summary>
public static class TestRateLimits
{
    public static readonly string[] Groups = ["Search", "Pdf", "Campaigns", "CreditReports", "Uploads"];

    /// <summary>Far above what a test sends: suites that share a company and a user never meet the limits by accident.</summary>
    public static IReadOnlyDictionary<string, string> Unreachable { get; } = Each(1_000_000, 1_000_000);

    public static IReadOnlyDictionary<string, string> Each(int perUser, int perCompany) =>
        Groups.SelectMany(g => new[]
        {
            KeyValuePair.Create($"RateLimits:{g}:PerUser", perUser.ToString(CultureInfo.InvariantCulture)),
            KeyValuePair.Create($"RateLimits:{g}:PerCompany", perCompany.ToString(CultureInfo.InvariantCulture)),
        }).ToDictionary(StringComparer.Ordinal);
}
