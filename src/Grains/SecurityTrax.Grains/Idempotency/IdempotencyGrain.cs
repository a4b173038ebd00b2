using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Persistence;

namespace SecurityTrax.Idempotency;

public sealed class IdempotencyGrain(
    [PersistentState(StorageNames.Idempotency, StorageNames.Main)] IPersistentState<IdempotencyState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time) : Grain, IIdempotencyGrain
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    public async Task<IdempotencyDecision> BeginAsync(string fingerprint)
    {
        var now = time.GetUtcNow();
        var s = state.State;
        var expired = s.CompletedAt is { } done && done + IIdempotencyGrain.Retention <= now;
        var abandoned = s.Response is null && s.LeaseUntil <= now;
        if (s.Fingerprint is not null && !expired && !abandoned)
        {
            if (s.Fingerprint != fingerprint)
            {
                return new IdempotencyDecision(IdempotencyOutcome.Mismatch, null);
            }

            return s.Response is { } stored
                ? new IdempotencyDecision(IdempotencyOutcome.Replay, stored)
                : new IdempotencyDecision(IdempotencyOutcome.InProgress, null);
        }

        state.State = new IdempotencyState { Fingerprint = fingerprint, StartedAt = now, LeaseUntil = now + Lease };
        await state.WriteStateAsync();
        return new IdempotencyDecision(IdempotencyOutcome.Proceed, null);
    }

    public async Task CompleteAsync(StoredResponse response)
    {
        state.State.Response = response;
        state.State.CompletedAt = time.GetUtcNow();
        await state.WriteStateAsync();
    }

    public async Task AbandonAsync()
    {
        if (state.State.Response is null)
        {
            state.State = new IdempotencyState();
            await state.WriteStateAsync();
        }
    }
}
