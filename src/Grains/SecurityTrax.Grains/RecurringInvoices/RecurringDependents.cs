using System.Globalization;
using SecurityTrax.Errors;

namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// The active recurring invoices that depend on a billing method or a customer about to be removed, and what becomes of
/// them: nothing (the removal is refused), they charge the default billing method, or they stop.
/// </summary>
/// <remarks>
/// Candidates come from the customer's list read model (every recurring invoice not deleted); each one's own grain then
/// says whether it is still active and which method it names, so a stale row never blocks or switches the wrong one.
/// This runs before the removal and outside the customer's and the billing methods' grains: a recurring invoice that is
/// running calls both, and waiting on it from inside either would deadlock.
/// </remarks>
public static class RecurringDependents
{
    public static async Task<long[]> FollowUpAsync(
        IGrainFactory grains, string tenant, IEnumerable<long> candidates, string? methodId, RecurringFollowUp followUp)
    {
        if (methodId is null && followUp == RecurringFollowUp.SwitchToDefault)
        {
            throw SecurityTraxException.Invalid("recurring", "A deleted customer has no default billing method; use stop.");
        }

        var active = new List<long>();
        foreach (var id in candidates)
        {
            var details = await Grain(grains, tenant, id).GetAsync();
            if (details.Status is RecurringStatuses.Active or RecurringStatuses.Paused && (methodId is null || details.BillingMethodId == methodId))
            {
                active.Add(id);
            }
        }

        // Switched or stopped first, removed after: a crash in between leaves them switched or stopped, and the retry removes.
        foreach (var id in followUp == RecurringFollowUp.Refuse ? [] : active)
        {
            var grain = Grain(grains, tenant, id);
            await (followUp == RecurringFollowUp.Stop
                ? grain.StopAsync(methodId is null ? "customer deleted" : $"billing method {methodId} removed")
                : grain.UseDefaultBillingMethodAsync(methodId!));
        }

        return [.. active];
    }

    private static IRecurringInvoiceGrain Grain(IGrainFactory grains, string tenant, long id) =>
        grains.GetGrain<IRecurringInvoiceGrain>(GrainKeys.For(tenant, id.ToString(CultureInfo.InvariantCulture)));
}
