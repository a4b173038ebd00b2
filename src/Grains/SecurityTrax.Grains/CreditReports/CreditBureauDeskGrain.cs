using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Errors;

namespace SecurityTrax.CreditReports;

/// <summary>
/// The operator's desk: every company's bureau requests. A decision is stored here first, then applied to the
/// company's own grain (which logs it); a decision repeated after a failure in between applies it again, harmlessly.
/// </summary>
public sealed class CreditBureauDeskGrain(
    [PersistentState(CreditReportStorageNames.BureauDesk, Persistence.StorageNames.Main)] IPersistentState<CreditBureauDeskState> desk,
    [FromKeyedServices(Clock.Key)] TimeProvider time) : Grain, ICreditBureauDeskGrain
{
    public async Task FileAsync(BureauAccessRequestDetails request)
    {
        var index = desk.State.Requests.FindIndex(r => r.Tenant == request.Tenant && r.Id == request.Id);
        if (index >= 0 && desk.State.Requests[index] == request)
        {
            return;
        }

        if (index >= 0)
        {
            desk.State.Requests[index] = request;
        }
        else
        {
            desk.State.Requests.Add(request);
        }

        await desk.WriteStateAsync();
    }

    public Task<BureauAccessRequestDetails[]> ListAsync(BureauAccessStatus? status) =>
        Task.FromResult<BureauAccessRequestDetails[]>(
            [.. desk.State.Requests.AsEnumerable().Reverse().Where(r => status is null || r.Status == status)]);

    public async Task<BureauAccessRequestDetails> DecideAsync(string tenant, long requestId, bool approve, string? note)
    {
        var errors = new List<FieldError>();
        note = Customers.FieldChecks.Text(errors, "note", note, 500, required: !approve);
        SecurityTraxException.ThrowIfAny(errors);
        var index = desk.State.Requests.FindIndex(r => r.Tenant == tenant && r.Id == requestId);
        if (index < 0)
        {
            throw SecurityTraxException.NotFound($"Bureau request {tenant}/{requestId}");
        }

        var request = desk.State.Requests[index];
        var status = approve ? BureauAccessStatus.Approved : BureauAccessStatus.Refused;
        if (request.Status != status && request.Status != BureauAccessStatus.Pending)
        {
            throw SecurityTraxException.Conflict($"Bureau request {tenant}/{requestId} was {request.Status.ToString().ToLowerInvariant()} already.");
        }

        if (request.Status == BureauAccessStatus.Pending)
        {
            request = request with { Status = status, DecidedAt = time.GetUtcNow(), DecisionNote = note };
            desk.State.Requests[index] = request;
            await desk.WriteStateAsync();
        }

        // The company's grain keeps its own decision time; the desk's copy is the operator's record.
        await GrainFactory.GetGrain<ICreditBureauAccessGrain>(GrainKeys.For(tenant, ICreditBureauAccessGrain.Id))
            .ApplyDecisionAsync(requestId, approve, request.DecisionNote);
        return request;
    }
}
