using System.Globalization;
using SecurityTrax.Security;

namespace SecurityTrax.CreditReports;

/// <summary>Turns stored pulls into answers; the raw report is decrypted only when the caller may see it.</summary>
/// <remarks>A raw report is sealed to its company, customer and report: copied to another, it does not decrypt.</remarks>
public sealed class CreditReportView(ConfidentialCipher cipher, string company, long customerId)
{
    public CreditReportDetails Details(CreditReportRecord r, bool includeRaw) => new(
        r.Id, customerId, r.Bureau, r.Outcome, r.Reason, r.Score, r.ScoreModel, r.Band, r.BureauReference, r.Consent,
        r.RequestedById, r.RequestedByName, r.RequestedAt, r.CompletedAt,
        includeRaw && r.RawReportProtected is { } raw ? Raw(r, raw) : null);

    public string Seal(CreditReportRecord r, string raw) => cipher.Protect(raw, Place(r));

    /// <summary>Raw reports stored in an earlier form or under an older key, rewritten (before each save of the book).</summary>
    public bool Rewrap(IEnumerable<CreditReportRecord> records)
    {
        var changed = false;
        foreach (var r in records.Where(r => r.RawReportProtected is not null))
        {
            var current = cipher.Rewrap(r.RawReportProtected!, Place(r));
            changed |= !ReferenceEquals(current, r.RawReportProtected);
            r.RawReportProtected = current;
        }

        return changed;
    }

    private string Raw(CreditReportRecord r, string raw)
    {
        try
        {
            return cipher.Unprotect(raw, Place(r));
        }
        catch (ConfidentialValueException e)
        {
            throw Errors.SecurityTraxException.Conflict(e.Message);
        }
    }

    private ConfidentialField Place(CreditReportRecord r) =>
        new(company, string.Create(CultureInfo.InvariantCulture, $"customer/{customerId}/credit-report/{r.Id}"), "rawReport");

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
