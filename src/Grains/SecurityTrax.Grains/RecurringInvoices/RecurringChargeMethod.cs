using SecurityTrax.Payments;

namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// Which billing method an occurrence's charge goes to: the one the recurring invoice names while the customer still
/// has it, else the customer's default card or bank account. A manual default, or none, means invoice only.
/// </summary>
/// <param name="MethodId">The method to charge; null when nothing is charged.</param>
/// <param name="Note">Set when the named method is gone and the default is charged instead: said in the history.</param>
/// <param name="Failure">Set when a named method is gone and there is no default to charge: the occurrence's charge fails.</param>
public sealed record RecurringChargeMethod(string? MethodId, string? Display, string? Note, string? Failure)
{
    public static RecurringChargeMethod Resolve(IReadOnlyCollection<BillingMethod> methods, string? chosen)
    {
        var named = chosen is null ? null : methods.FirstOrDefault(m => m.Id == chosen && m.Kind != BillingMethodKind.Manual);
        if (named is not null)
        {
            return new(named.Id, named.Display, null, null);
        }

        var fallback = methods.FirstOrDefault(m => m.IsDefault && m.Kind != BillingMethodKind.Manual);
        return (chosen, fallback) switch
        {
            (null, null) => new(null, null, null, null),
            (null, _) => new(fallback.Id, fallback.Display, null, null),
            (_, null) => new(null, null, null, $"Billing method {chosen} is no longer on the customer and there is no default card or bank account."),
            _ => new(fallback.Id, fallback.Display, $"{chosen} is no longer on the customer; charged the default {fallback.Display}", null),
        };
    }
}
