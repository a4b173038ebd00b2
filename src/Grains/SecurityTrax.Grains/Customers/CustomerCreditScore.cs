using System.Globalization;
using SecurityTrax.CreditReports;
using SecurityTrax.Errors;
using SecurityTrax.Outbox;

namespace SecurityTrax.Customers;

/// <summary>The credit score and band on a customer's profile: checked, stored and written to history field by field.</summary>
public static class CustomerCreditScore
{
    /// <summary>Applies the score; false when the profile shows this report's score and band already (nothing to record).</summary>
    public static bool Apply(CustomerState state, CreditScore score, HistoryRecorder history, string customerId)
    {
        var errors = new List<FieldError>();
        if (score.Score is < CreditScore.Lowest or > CreditScore.Highest)
        {
            errors.Add(new FieldError("score", $"A credit score is {CreditScore.Lowest} to {CreditScore.Highest}."));
        }

        if (!Enum.IsDefined(score.Band))
        {
            errors.Add(new FieldError("band", "Use approved, conditional or declined."));
        }

        SecurityTraxException.ThrowIfAny(errors);
        var old = state.CreditScore;
        if (!history.Changes("customer", customerId, "credit_score_applied", Fields(old, score)))
        {
            return false;
        }

        state.CreditScore = score;
        return true;
    }

    private static IEnumerable<(string Field, string? Old, string? New)> Fields(CreditScore? old, CreditScore @new)
    {
        yield return ("creditScore", old?.Score.ToString(CultureInfo.InvariantCulture), @new.Score.ToString(CultureInfo.InvariantCulture));
        yield return ("creditBand", old?.Band.ToString().ToLowerInvariant(), @new.Band.ToString().ToLowerInvariant());
        yield return ("creditReport", Source(old), Source(@new));
    }

    private static string? Source(CreditScore? score) =>
        score is null ? null : string.Create(CultureInfo.InvariantCulture, $"#{score.ReportId} ({score.Bureau}{(score.ScoreModel is { } m ? ", " + m : "")})");
}
