using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SecurityTrax.CreditReports.Bureaus;

/// <summary>
/// The bureau every company may use without an account: deterministic outcomes from the SSN's last digits
/// (<see cref="SandboxSubjects"/>). Pulls are kept by our reference, so a repeat answers the first pull and a
/// look-up finds a pull whose answer was lost, as a real bureau's would.
/// </summary>
public sealed class SandboxBureau(TimeProvider time) : ICreditBureau
{
    public const string BureauCode = "sandbox";
    public const string ScoreModel = "SandboxScore 1";

    private readonly ConcurrentDictionary<string, BureauAnswer> _pulls = new(StringComparer.Ordinal);

    public string Code => BureauCode;

    public Task<BureauAnswer> PullAsync(BureauPull pull, CancellationToken cancellationToken)
    {
        var last4 = pull.Subject.SsnLast4;
        if (last4 == SandboxSubjects.BureauError)
        {
            // Refused before anything was pulled: nothing to find later.
            return Task.FromResult(BureauAnswer.Failed("bureau_unavailable"));
        }

        var answer = _pulls.GetOrAdd(pull.OurReference, reference => Answer(reference, pull.Subject));
        return Task.FromResult(last4 == SandboxSubjects.Timeout ? BureauAnswer.Unknown("timeout") : answer);
    }

    public Task<BureauAnswer> FindAsync(string ourReference, CancellationToken cancellationToken) =>
        Task.FromResult(_pulls.TryGetValue(ourReference, out var answer) ? answer : BureauAnswer.NotFound());

    private BureauAnswer Answer(string reference, BureauSubject subject)
    {
        var bureauReference = "sbx_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reference)))[..16];
        var (outcome, score, reason) = subject.SsnLast4 switch
        {
            SandboxSubjects.NoHit => (BureauOutcome.NoHit, (int?)null, "no_hit"),
            SandboxSubjects.ThinFile => (BureauOutcome.ThinFile, null, "thin_file"),
            SandboxSubjects.Frozen => (BureauOutcome.Frozen, null, "file_frozen"),
            SandboxSubjects.Timeout => (BureauOutcome.Completed, SandboxSubjects.TimeoutScore, null),
            var last4 => (BureauOutcome.Completed, SandboxSubjects.ScoreOf(last4), (string?)null),
        };
        var report = JsonSerializer.Serialize(new
        {
            bureau = BureauCode,
            reference = bureauReference,
            pulledAt = time.GetUtcNow(),
            // The subject as a bureau names it back, without the date of birth: that never leaves the silo, not even in a report.
            subject = new { name = $"{subject.FirstName} {subject.LastName}", ssnLast4 = subject.SsnLast4 },
            status = reason ?? "completed",
            score = score is null ? null : new { value = score, model = ScoreModel },
            tradelines = score is null ? 0 : 3 + score.Value % 7,
        });
        return new BureauAnswer(outcome, score, score is null ? null : ScoreModel, bureauReference, reason, report);
    }
}
