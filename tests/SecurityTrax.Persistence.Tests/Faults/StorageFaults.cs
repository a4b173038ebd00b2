namespace SecurityTrax.Persistence.Tests.Faults;

/// <summary>
/// The one storage fault planned next: the <c>n</c>-th write of a state of one tenant fails, either before it reaches
/// PostgreSQL (nothing stored) or after (stored, but the grain is told it failed, as when the answer is lost).
/// </summary>
public sealed class StorageFaults
{
    private readonly Lock _gate = new();
    private Plan? _plan;

    /// <summary>Whether the planned fault was played.</summary>
    public bool Played { get; private set; }

    public void FailWrite(string tenant, string stateName, int nth, bool afterStoring)
    {
        lock (_gate)
        {
            (_plan, Played) = (new Plan(tenant, stateName, nth, afterStoring), false);
        }
    }

    /// <summary>Counts a write of <paramref name="stateName"/> by grain <paramref name="grainId"/>; true when it is the one to fail at <paramref name="afterStoring"/>.</summary>
    public bool Fails(string stateName, GrainId grainId, bool afterStoring)
    {
        lock (_gate)
        {
            if (_plan is not { } plan || plan.StateName != stateName || !grainId.ToString().Contains($"/{plan.Tenant}/", StringComparison.Ordinal))
            {
                return false;
            }

            if (!afterStoring)
            {
                plan.Seen++;
            }

            if (plan.Seen != plan.Nth || plan.AfterStoring != afterStoring)
            {
                return false;
            }

            (_plan, Played) = (null, true);
            return true;
        }
    }

    private sealed record Plan(string Tenant, string StateName, int Nth, bool AfterStoring)
    {
        public int Seen { get; set; }
    }
}
