using SecurityTrax.Payments;

namespace SecurityTrax.Invoices;

/// <summary>
/// Holds whose payment no longer needs them: it died between holding and storing itself, or its later steps never came
/// back to release. Only holds older than <see cref="Grace"/> are asked about, so a payment that is still being made
/// (it stores itself within moments of holding) never loses its hold to a competing one.
/// </summary>
public static class AbandonedHolds
{
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);

    /// <summary>The holds of <paramref name="state"/> to drop: old enough, and their payment says it does not need them.</summary>
    public static async Task<List<InvoiceHold>> FindAsync(IGrainFactory grains, string tenant, InvoiceState state, string? keep, DateTimeOffset now)
    {
        var abandoned = new List<InvoiceHold>();
        foreach (var hold in state.Holds.Where(h => h.Id != keep && now - h.At > Grace).ToList())
        {
            var payment = grains.GetGrain<IPaymentStepsGrain>(GrainKeys.For(tenant, PaymentKeys.Id(hold.PaymentId)));
            if (!await payment.NeedsHoldAsync(hold.Id))
            {
                abandoned.Add(hold);
            }
        }

        return abandoned;
    }
}
