using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.CreditReports.Bureaus;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Security;

namespace SecurityTrax.CreditReports;

/// <summary>
/// Runs and keeps a customer's credit reports. A pull is stored (unknown, with its operation key and our reference)
/// before the bureau is called, so a retry finds it; an unknown outcome is first looked up at the bureau by our
/// reference, and pulled again only when the bureau says it never got it.
/// </summary>
public sealed partial class CreditReportBookGrain(
    [PersistentState(CreditReportStorageNames.CreditReports, Persistence.StorageNames.Main)] IPersistentState<CreditReportBookState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    ConfidentialCipher cipher,
    BureauDirectory bureaus,
    OutboxWriter outbox,
    ILogger<CreditReportBookGrain> logger)
    : OutboxGrain<CreditReportBookState>(state, outbox, logger), ICreditReportBookGrain, IConfidentialRecordGrain
{
    private const string Entity = "credit_report";

    private long Number => long.Parse(GrainKeys.Parse(this.GetPrimaryKeyString()).Id, CultureInfo.InvariantCulture);

    private Caller Actor => CallerContext.Current ?? Caller.System(Tenant);

    private CreditReportView View => new(cipher, Tenant, Number);

    public async Task<CreditPullResult> RunAsync(CreditPullInput input, bool includeRawReport)
    {
        if (State.Reports.FirstOrDefault(r => r.OperationKey == input.OperationKey) is { } earlier)
        {
            if (earlier.Outcome == CreditReportOutcome.Unknown)
            {
                await ReconcileAsync(earlier);
            }

            return new CreditPullResult(View.Details(earlier, includeRawReport), null);
        }

        var code = input.Bureau?.Trim().ToLowerInvariant() ?? "";
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(input.Consent))
        {
            errors.Add(new FieldError("consent.method", "Use signed, verbal or online."));
        }

        var approved = await GrainFactory.GetGrain<ICreditBureauAccessGrain>(GrainKeys.For(Tenant, ICreditBureauAccessGrain.Id)).ListApprovedAsync();
        if (approved.All(b => b.Code != code))
        {
            errors.Add(new FieldError("bureau", "This bureau is not approved for the company; ask the platform operator for it (POST /api/v1/credit-bureaus/requests)."));
        }

        var subject = await SubjectAsync(errors);
        SecurityTraxException.ThrowIfAny(errors);
        var bureau = await bureaus.ForAsync(GrainFactory, Tenant, code);

        var actor = Actor;
        if (await GrainFactory.GetGrain<ICreditPullQuotaGrain>(GrainKeys.For(Tenant, ICreditPullQuotaGrain.Id)).TakeAsync(actor.UserId) is { } refused)
        {
            return new CreditPullResult(null, refused);
        }

        var now = time.GetUtcNow();
        var id = ++State.LastReportId;
        var record = new CreditReportRecord
        {
            Id = id, OperationKey = input.OperationKey, OurReference = $"st-{Tenant}-{Number}-{id}", Bureau = code, Consent = input.Consent,
            RequestedById = actor.UserId, RequestedByName = actor.UserName, RequestedAt = now, Reason = "pending",
        };
        State.Reports.Add(record);
        History(now).Add(Entity, Key(record), "credit_report_requested", "consent", null, $"{code}; consent {input.Consent.ToString().ToLowerInvariant()}");
        // Stored before the bureau is called: a retry of this key finds the pull instead of making another.
        await CommitAsync();

        var answer = await bureau.PullAsync(new BureauPull(record.OurReference, subject!, Purpose(record.Consent)), CancellationToken.None);
        await ApplyAsync(record, answer);
        return new CreditPullResult(View.Details(record, includeRawReport), null);
    }

    public Task<CreditReportDetails[]> ListAsync(bool includeRawReports) =>
        Task.FromResult<CreditReportDetails[]>([.. State.Reports.AsEnumerable().Reverse().Select(r => View.Details(r, includeRawReports))]);

    public Task<CreditReportDetails> GetAsync(long reportId, bool includeRawReport) => Task.FromResult(View.Details(Find(reportId), includeRawReport));

    public async Task<CustomerDetails> ApplyScoreAsync(long reportId, int expectedCustomerVersion, bool revealConfidential)
    {
        var customer = GrainFactory.GetGrain<ICustomerGrain>(this.GetPrimaryKeyString());
        // A stale If-Match answers 412 before anything is said about the report, as on every versioned write.
        ExpectedVersion.Check(expectedCustomerVersion, (await customer.GetAsync(revealConfidential: false)).Version);
        var record = Find(reportId);
        if (record.Outcome != CreditReportOutcome.Completed || record.Score is not { } score || record.Band is not { } band)
        {
            var outcome = CreditReportView.Name(record.Outcome);
            throw SecurityTraxException.Conflict(
                $"Only a completed report with a score can be applied; report {reportId} is {outcome}{(record.Reason is { } r && r != outcome ? $" ({r})" : "")}.");
        }

        var actor = Actor;
        var applied = new CreditScore(score, band, record.Id, record.Bureau, record.ScoreModel, time.GetUtcNow(), actor.UserId, actor.UserName);
        return await customer.ApplyCreditScoreAsync(applied, expectedCustomerVersion, revealConfidential);
    }

    private CreditReportRecord Find(long reportId) =>
        State.Reports.FirstOrDefault(r => r.Id == reportId) ?? throw SecurityTraxException.NotFound($"Credit report {reportId} of customer {Number}");

    private async Task ReconcileAsync(CreditReportRecord record)
    {
        var bureau = await bureaus.ForAsync(GrainFactory, Tenant, record.Bureau);
        var found = await bureau.FindAsync(record.OurReference, CancellationToken.None);
        if (found.Outcome == BureauOutcome.NotFound)
        {
            // The bureau never got the pull; asking under the same reference (its idempotency key) cannot make a second one.
            var errors = new List<FieldError>();
            var subject = await SubjectAsync(errors);
            SecurityTraxException.ThrowIfAny(errors);
            found = await bureau.PullAsync(new BureauPull(record.OurReference, subject!, Purpose(record.Consent)), CancellationToken.None);
        }

        await ApplyAsync(record, found);
    }

    private async Task ApplyAsync(CreditReportRecord record, BureauAnswer answer)
    {
        var now = time.GetUtcNow();
        if (answer.Outcome is BureauOutcome.Unknown or BureauOutcome.NotFound)
        {
            LogOutcomeUnknown(Tenant, Number, record.Id, answer.Reason);
            if (record.Reason != answer.Reason)
            {
                record.Reason = answer.Reason;
                History(now).Add(Entity, Key(record), "credit_report_unknown", "outcome", null, CreditReportView.Summary(record));
                await CommitAsync();
            }

            return;
        }

        record.Outcome = answer.Outcome switch
        {
            BureauOutcome.Completed => CreditReportOutcome.Completed,
            BureauOutcome.NoHit => CreditReportOutcome.NoHit,
            BureauOutcome.ThinFile => CreditReportOutcome.ThinFile,
            BureauOutcome.Frozen => CreditReportOutcome.Frozen,
            _ => CreditReportOutcome.Failed,
        };
        record.Reason = answer.Reason;
        record.Score = answer.Score;
        record.ScoreModel = answer.ScoreModel;
        record.Band = answer.Score is int score ? (await Settings.GetAsync()).BandOf(score) : null;
        record.BureauReference = answer.BureauReference;
        record.CompletedAt = now;
        record.RawReportProtected = answer.RawReport is { } raw ? View.Seal(record, raw) : null;
        History(now).Add(Entity, Key(record), "credit_report_run", "outcome", null, CreditReportView.Summary(record));
        State.Outbox.RecordSecurity(now, Actor, CreditReportSecurityEvents.ReportRun, null, null,
            $"customer {Number}: {record.Bureau} report #{record.Id} by {record.RequestedByName}: {CreditReportView.Name(record.Outcome)}");
        await CommitAsync();
    }

    /// <summary>The subject in clear for the bureau call; a missing SSN or date of birth is named.</summary>
    private async Task<BureauSubject?> SubjectAsync(List<FieldError> errors)
    {
        var customer = await GrainFactory.GetGrain<ICustomerGrain>(this.GetPrimaryKeyString()).GetAsync(revealConfidential: true);
        if (customer.Ssn is null)
        {
            errors.Add(new FieldError("ssn", "No SSN on file for this record; enter it first (PUT …/confidential)."));
        }

        if (customer.DateOfBirth is null)
        {
            errors.Add(new FieldError("dateOfBirth", "No date of birth on file for this record; enter it first (PUT …/confidential)."));
        }

        var p = customer.Profile;
        return customer.Ssn is { } ssn && customer.DateOfBirth is { } dob
            ? new BureauSubject(p.FirstName ?? customer.DisplayName, p.LastName ?? "", ssn, dob, p.BillingAddress ?? p.ServiceAddress)
            : null;
    }

    /// <summary>Signed and online consent are the subject's written instruction; verbal consent is recorded as such.</summary>
    private static string Purpose(ConsentMethod consent) => consent == ConsentMethod.Verbal ? "verbal_consent" : "written_instruction";

    private ICreditReportSettingsGrain Settings => GrainFactory.GetGrain<ICreditReportSettingsGrain>(GrainKeys.For(Tenant, ICreditReportSettingsGrain.Id));

    private static string Key(CreditReportRecord record) => record.Id.ToString(CultureInfo.InvariantCulture);

    private HistoryRecorder History(DateTimeOffset now) =>
        State.Outbox.HistoryOf(Actor, now, "customer", Number.ToString(CultureInfo.InvariantCulture));

    public async Task<bool> RewrapConfidentialAsync()
    {
        if (!View.Rewrap(State.Reports))
        {
            return false;
        }

        await SaveAsync();
        return true;
    }

    private Task CommitAsync()
    {
        State.Version++;
        View.Rewrap(State.Reports);
        return SaveAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Credit report {Tenant}/{Customer}#{Report}: the bureau's outcome is unknown ({Reason}); it is looked up before any new pull")]
    private partial void LogOutcomeUnknown(string tenant, long customer, long report, string? reason);
}
