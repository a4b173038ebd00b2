namespace SecurityTrax.CreditReports;

/// <summary>The bureaus the platform can connect a company to, by code, with the name people see.</summary>
public static class CreditBureaus
{
    /// <summary>Built in: deterministic outcomes from the SSN's last digits, no account needed.</summary>
    public const string Sandbox = "sandbox";

    /// <summary>A bureau-style JSON API reached with the company's own account (integration settings, <c>bureau</c>).</summary>
    public const string Http = "http";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Sandbox] = "Sandbox bureau",
        [Http] = "HTTP bureau",
    };

    public static bool IsKnown(string? code) => code is not null && Names.ContainsKey(code);
}
