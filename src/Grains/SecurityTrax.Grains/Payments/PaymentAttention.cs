using SecurityTrax.Identity;

namespace SecurityTrax.Payments;

/// <summary>
/// Tells the office that the processor stopped answering about a payment and a person must look (inbox
/// and live, through the payment's outbox): the user who initiated it, or — for work the system started, such as
/// recurring billing — every active user whose role may process payments.
/// </summary>
public static class PaymentAttention
{
    public const string Kind = "payment.attention";

    /// <summary>The processor has not answered for a while: told once, however long it goes on.</summary>
    public static async Task TellOnceAsync(IGrainFactory grains, string tenant, PaymentState s, long number, DateTimeOffset now, string why)
    {
        if (!s.AttentionSent)
        {
            await TellAsync(grains, tenant, s, number, now, why);
        }
    }

    public static async Task TellAsync(IGrainFactory grains, string tenant, PaymentState s, long number, DateTimeOffset now, string why)
    {
        s.AttentionSent = true;
        var data = PaymentNotices.Data(s, number, s.Amount) with { Reason = why };
        foreach (var userId in await RecipientsAsync(grains, tenant, s))
        {
            s.Outbox.Notify(now, userId, Kind, $"Payment {number} needs a person", why, data);
        }
    }

    private static async Task<IEnumerable<string>> RecipientsAsync(IGrainFactory grains, string tenant, PaymentState s)
    {
        if (s.InitiatedById.Length > 0 && s.InitiatedById != Caller.SystemUserId)
        {
            return [s.InitiatedById];
        }

        var directory = grains.GetGrain<IUserDirectoryGrain>(GrainKeys.For(tenant, IUserDirectoryGrain.Id));
        var roles = (await directory.ListRolesAsync()).Where(r => r.Grants.Contains(Grants.PaymentsProcess)).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        return (await directory.ListUsersAsync()).Where(u => !u.Disabled && roles.Contains(u.Role)).Select(u => u.Id);
    }
}
