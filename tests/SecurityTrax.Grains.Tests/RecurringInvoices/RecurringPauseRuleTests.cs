using SecurityTrax.Payments;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Grains.Tests.RecurringInvoices;

public sealed class RecurringPauseRuleTests
{
    [Fact]
    public void ThreeFailuresOfOneKindInARowPauseAndAnotherKindStartsTheCountAgain()
    {
        var steps = new List<(string Kind, int Streak, bool Pause)>();
        (string? kind, int streak) = (null, 0);
        foreach (var failure in new[] { "charge:declined", "charge:declined", "invoice:not_found", "invoice:not_found", "invoice:not_found" })
        {
            var next = RecurringPauseRule.AfterFailure(kind, streak, failure);
            steps.Add(next);
            (kind, streak) = (next.Kind, next.Streak);
        }

        Assert.Equal(
            [("charge:declined", 1, false), ("charge:declined", 2, false), ("invoice:not_found", 1, false), ("invoice:not_found", 2, false), ("invoice:not_found", 3, true)],
            steps);
    }

    [Fact]
    public void TheNamedMethodIsChargedWhileItExistsElseTheDefaultCardElseNothingOrAFailure()
    {
        var visa = Method("bm1", BillingMethodKind.Card, "visa", "4242", isDefault: false);
        var bank = Method("bm2", BillingMethodKind.BankAccount, "STRIPE TEST BANK", "6789", isDefault: true);
        var manual = Method("bm3", BillingMethodKind.Manual, null, null, isDefault: true);

        Assert.Equal(new RecurringChargeMethod("bm1", "Visa ending 4242", null, null), RecurringChargeMethod.Resolve([visa, bank], "bm1"));
        Assert.Equal(new RecurringChargeMethod("bm2", "STRIPE TEST BANK ending 6789", null, null), RecurringChargeMethod.Resolve([visa, bank], null));
        Assert.Equal(
            new RecurringChargeMethod("bm2", "STRIPE TEST BANK ending 6789", "bm9 is no longer on the customer; charged the default STRIPE TEST BANK ending 6789", null),
            RecurringChargeMethod.Resolve([visa, bank], "bm9"));
        Assert.Equal(new RecurringChargeMethod(null, null, null, null), RecurringChargeMethod.Resolve([visa, manual], null));
        Assert.Equal(new RecurringChargeMethod(null, null, null, null), RecurringChargeMethod.Resolve([], null));
        Assert.Equal(
            new RecurringChargeMethod(null, null, null, "Billing method bm3 is no longer on the customer and there is no default card or bank account."),
            RecurringChargeMethod.Resolve([manual], "bm3"));
    }

    private static BillingMethod Method(string id, BillingMethodKind kind, string? brand, string? last4, bool isDefault) =>
        new(id, kind, brand, last4, null, null, null, isDefault, "sandbox", DateTimeOffset.UnixEpoch);
}
