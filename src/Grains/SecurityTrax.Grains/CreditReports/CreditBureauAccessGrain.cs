using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Integrations;
using SecurityTrax.Outbox;

namespace SecurityTrax.CreditReports;

/// <summary>A company's bureau requests and approvals; every request and decision goes to its security log.</summary>
/// <remarks>
/// A request is stored here first and then filed at the operator's desk; should filing fail, asking again for the
/// same bureau files it again (the desk keeps one entry per request), so no request stays unseen by the operator.
/// </remarks>
public sealed class CreditBureauAccessGrain(
    [PersistentState(CreditReportStorageNames.BureauAccess, Persistence.StorageNames.Main)] IPersistentState<CreditBureauAccessState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    OutboxWriter outbox,
    ILogger<CreditBureauAccessGrain> logger)
    : OutboxGrain<CreditBureauAccessState>(state, outbox, logger), ICreditBureauAccessGrain
{
    private Caller Actor => CallerContext.Current ?? Caller.System(Tenant);

    public async Task<BureauAccessRequestDetails> RequestAsync(string bureau, string permissiblePurpose)
    {
        var (code, purpose) = BureauAccessRules.Check(bureau, permissiblePurpose);
        if (State.Requests.LastOrDefault(r => r.Bureau == code && r.Status != BureauAccessStatus.Refused) is { } open)
        {
            await Desk.FileAsync(open.ToDetails(Tenant));
            throw SecurityTraxException.Conflict(open.Status == BureauAccessStatus.Approved
                ? $"The {CreditBureaus.Names[code]} is approved for the company already."
                : $"A request for the {CreditBureaus.Names[code]} (#{open.Id}) is waiting for the platform operator.");
        }

        var now = time.GetUtcNow();
        var actor = Actor;
        var record = new BureauAccessRecord
        {
            Id = ++State.LastRequestId, Bureau = code, PermissiblePurpose = purpose, RequestedById = actor.UserId, RequestedByName = actor.UserName,
            RequestedAt = now, Status = BureauAccessStatus.Pending,
        };
        State.Requests.Add(record);
        await CommitAsync(now, CreditReportSecurityEvents.BureauRequested, $"{code}: request #{record.Id}");
        await Desk.FileAsync(record.ToDetails(Tenant));
        return record.ToDetails(Tenant);
    }

    public Task<BureauAccessRequestDetails[]> ListRequestsAsync() =>
        Task.FromResult<BureauAccessRequestDetails[]>([.. State.Requests.AsEnumerable().Reverse().Select(r => r.ToDetails(Tenant))]);

    public async Task<ApprovedBureau[]> ListApprovedAsync()
    {
        var approved = State.Requests.Where(r => r.Status == BureauAccessStatus.Approved).ToList();
        var httpConfigured = approved.Any(r => r.Bureau == CreditBureaus.Http)
            && (await GrainFactory.GetGrain<IIntegrationSettingsGrain>(GrainKeys.For(Tenant, IIntegrationSettingsGrain.Id)).GetAsync()).Bureau is not null;
        return [.. approved.Select(r => new ApprovedBureau(r.Bureau, CreditBureaus.Names[r.Bureau], r.DecidedAt!.Value, r.Bureau != CreditBureaus.Http || httpConfigured))];
    }

    public async Task<BureauAccessRequestDetails> ApplyDecisionAsync(long requestId, bool approved, string? note)
    {
        var record = State.Requests.FirstOrDefault(r => r.Id == requestId) ?? throw SecurityTraxException.NotFound($"Bureau request {requestId}");
        var status = approved ? BureauAccessStatus.Approved : BureauAccessStatus.Refused;
        if (record.Status == status)
        {
            return record.ToDetails(Tenant);
        }

        if (record.Status != BureauAccessStatus.Pending)
        {
            throw SecurityTraxException.Conflict($"Bureau request {requestId} was {record.Status.ToString().ToLowerInvariant()} already.");
        }

        var now = time.GetUtcNow();
        record.Status = status;
        record.DecidedAt = now;
        record.DecisionNote = note;
        await CommitAsync(
            now,
            approved ? CreditReportSecurityEvents.BureauApproved : CreditReportSecurityEvents.BureauRefused,
            $"{record.Bureau}: request #{record.Id} {(approved ? "approved" : "refused")} by the platform operator{(note is null ? "" : ": " + note)}");
        return record.ToDetails(Tenant);
    }

    private ICreditBureauDeskGrain Desk => GrainFactory.GetGrain<ICreditBureauDeskGrain>(ICreditBureauDeskGrain.Key);

    private async Task CommitAsync(DateTimeOffset now, string kind, string detail)
    {
        State.Version++;
        State.Outbox.RecordSecurity(now, Actor, kind, null, null, detail);
        await SaveAsync();
    }
}
