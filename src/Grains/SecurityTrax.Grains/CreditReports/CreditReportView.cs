using System.Globalization;
using SecurityTrax.Security;

namespace SecurityTrax.CreditReports;

/// <summary>Turns stored pulls into answers; the raw report is decrypted only when the caller may see it.</summary>
public sealed class CreditReportView(ConfidentialCipher cipher, long customerId)
{
    public CreditReportDetails Details(CreditReportRecord r, bool includeRaw) => new(
        r.Id, customerId, r.Bureau, r.Outcome, r.Reason, r.Score, r.ScoreModel, r.Band, r.BureauReference, r.Consent,
        r.RequestedById, r.RequestedByName, r.RequestedAt, r.CompletedAt,
        includeRaw && r.RawReportProtected is { } raw ? cipher.Unprotect(raw) : null);

    /// <summary>What history says of an outcome: never the SSN or the report body.</summary>
    public static string Summary(CreditReportRecord r) => r.Outcome switch
    {
        CreditReportOutcome.Completed => string.Create(CultureInfo.InvariantCulture, $"completed: {r.Score} ({r.ScoreModel}), {r.Band?.ToString().ToLowerInvariant()}"),
        CreditReportOutcome.Unknown => $"unknown: {r.Reason}",
        var other => $"{Name(other)}: {r.Reason}",
    };

    public static string Name(CreditReportOutcome outcome) => outcome switch
    {
        CreditReportOutcome.NoHit => "no_hit",
        CreditReportOutcome.ThinFile => "thin_file",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
