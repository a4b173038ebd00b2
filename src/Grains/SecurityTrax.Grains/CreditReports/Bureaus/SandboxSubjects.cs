using System.Globalization;

namespace SecurityTrax.CreditReports.Bureaus;

/// <summary>
/// The sandbox bureau's test subjects, chosen by the last four digits of the SSN (documented in the README like the
/// sandbox cards): 0001 no hit, 0002 thin file, 0003 frozen file, 0004 timeout (the pull happened; a look-up by our
/// reference finds it), 0005 bureau error; any other SSN gets a report whose score is its last three digits, held to 300–850.
/// </summary>
public static class SandboxSubjects
{
    public const string NoHit = "0001";
    public const string ThinFile = "0002";
    public const string Frozen = "0003";
    public const string Timeout = "0004";
    public const string BureauError = "0005";

    /// <summary>The score a subject that times out turns out to have when the pull is looked up.</summary>
    public const int TimeoutScore = 640;

    public static int ScoreOf(string ssnLast4) =>
        Math.Clamp(int.Parse(ssnLast4[^3..], NumberStyles.None, CultureInfo.InvariantCulture), 300, 850);
}
