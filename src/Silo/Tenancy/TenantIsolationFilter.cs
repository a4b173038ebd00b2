using System.Text;
using SecurityTrax.Errors;
using SecurityTrax.Identity;

namespace SecurityTrax.Silo.Tenancy;

/// <summary>Lets a call reach a tenant's grain only when the caller acts for that tenant.</summary>
/// <remarks>
/// Calls from clients (the gateway) must say who they act for; a mismatch answers "not found", exactly as
/// an unknown id would, so another tenant's data is never even confirmed to exist. Calls that start inside
/// the silo with no caller (reminder ticks, timers) run as the System user of the grain's own tenant.
/// </remarks>
public sealed class TenantIsolationFilter : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.TargetContext.GrainInstance is not ITenantGrain)
        {
            return context.Invoke();
        }

        var key = context.TargetId.Key.AsSpan();
        var slash = key.IndexOf((byte)GrainKeys.Separator);
        var keyTenant = slash > 0 ? key[..slash] : [];
        var callerTenant = CallerContext.CurrentTenant;
        if (callerTenant is null)
        {
            if (context.SourceId is { } source && GrainTypePrefix.IsClient(source))
            {
                throw SecurityTraxException.NotFound("The record");
            }

            CallerContext.Set(Caller.System(Encoding.UTF8.GetString(keyTenant)));
        }
        else if (!Ascii.Equals(keyTenant, callerTenant))
        {
            throw SecurityTraxException.NotFound("The record");
        }

        return context.Invoke();
    }
}
