using System.Globalization;
using SecurityTrax.Errors;
using SecurityTrax.Payments.Billing;

namespace SecurityTrax.Payments;

/// <summary>
/// A credit to a card or bank account (DESIGN §6): Stripe has no credit without an earlier charge, and the sandbox
/// behaves the same, so a credit is made as a refund of the newest settled charge on that billing method that has
/// enough left to refund. Without one the answer says why, and nothing is recorded.
/// </summary>
public sealed class PaymentCredits(IGrainFactory grains, string tenant)
{
    /// <summary>The earlier payment the credit refunds; throws when none can take it.</summary>
    public async Task<long> ChooseAsync(NewPayment credit)
    {
        var errors = new List<FieldError>();
        if (credit.PostingDate is not null)
        {
            errors.Add(new FieldError("postingDate", "A credit is made at once, as a refund of an earlier charge."));
        }

        PaymentRules.Normalize(credit with { PostingDate = null }, default, errors);
        SecurityTraxException.ThrowIfAny(errors);
        var target = await grains.GetGrain<IBillingTargetGrain>(GrainKeys.For(tenant, credit.CustomerId.ToString(CultureInfo.InvariantCulture)))
            .GetChargeTargetAsync(credit.BillingMethodId);
        if (target.Method.Kind == BillingMethodKind.Manual)
        {
            throw SecurityTraxException.Invalid("billingMethodId", "Manual billing is not processed; record money paid out by hand as a refund of a payment.");
        }

        var (best, authorised) = (0m, (long?)null);
        await foreach (var earlier in ChargesAsync(credit.CustomerId, target.Method.Id))
        {
            if (earlier.Settlement == PaymentSettlement.Authorised)
            {
                authorised ??= earlier.Id;
            }
            else if (earlier.Refundable >= credit.Amount)
            {
                return earlier.Id;
            }
            else
            {
                best = Math.Max(best, earlier.Refundable);
            }
        }

        throw SecurityTraxException.Conflict(
            $"A credit to {target.Method.Display} is made as a refund of an earlier charge to it (the processor pushes no credit without one), and "
            + (best > 0 ? $"no settled charge to it has {PaymentBook.Money(credit.Amount)} left to refund (the most left on one is {PaymentBook.Money(best)})."
                : authorised is { } id ? $"its only charge, payment {id}, is authorised and not yet settled; void that payment instead."
                : "it has no settled charge with money left to refund."));
    }

    /// <summary>The customer's succeeded sales on the billing method, newest first.</summary>
    private async IAsyncEnumerable<PaymentDetails> ChargesAsync(long customerId, string methodId)
    {
        var queries = grains.GetGrain<IPaymentQueryGrain>(GrainKeys.For(tenant, IPaymentQueryGrain.Id));
        string? cursor = null;
        do
        {
            var page = await queries.ListAsync(new PaymentListQuery(PaymentStatus.Succeeded, null, null, null, customerId, cursor, IPaymentQueryGrain.MaxPage));
            foreach (var row in page.Items.Where(p => p.Type == PaymentType.Sale && p.Method is PaymentMethodKind.Card or PaymentMethodKind.BankAccount))
            {
                var details = await grains.GetGrain<IPaymentGrain>(GrainKeys.For(tenant, PaymentKeys.Id(row.Id))).GetAsync();
                if (details.BillingMethodId == methodId)
                {
                    yield return details;
                }
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }
}
