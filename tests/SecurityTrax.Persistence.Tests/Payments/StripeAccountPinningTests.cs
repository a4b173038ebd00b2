using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Errors;
using SecurityTrax.Integrations;
using SecurityTrax.Payments;
using SecurityTrax.Testing;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>A payment stays with the Stripe account that charged it, whatever the company's keys become later.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StripeAccountPinningTests(PostgresFixture fixture) : StripeSiloTests(fixture)
{
    private const string FirstKey = "sk_test_companyFirstAccount000000000001";
    private const string SecondKey = "sk_test_companySecondAccount00000000002";
    [Fact]
    public async Task RefundsChecksAndVoidsGoToTheAccountThatChargedAfterTheCompanyReplacesAndRemovesItsKey()
    {
        await using var silo = await StartSiloAsync(platformKey: null);
        var s = await PaymentScenario.StartAsync(silo.Grains);
        await SetCompanyKeyAsync(silo, s, FirstKey);
        await s.CustomerWithMethodAsync(1001);
        await s.CustomerWithMethodAsync(1002, "pm_usBankAccount_success", BillingMethodKind.BankAccount);
        var card = await s.ChargeAsync("card", 1001, 80.00m);
        var debit = await s.ChargeAsync("debit", 1002, 40.00m);

        await SetCompanyKeyAsync(silo, s, SecondKey);
        var refund = await s.Operation("refund-1").RefundAsync(card.Id, 30.00m, null);
        var checkedDebit = await s.Payment(debit.Id).ResumeAsync();
        var voided = await s.Payment(debit.Id).VoidAsync(checkedDebit.Version, "Entered twice");
        await s.CustomerWithMethodAsync(1003);
        var onSecond = await s.ChargeAsync("card-2", 1003, 12.00m);
        s.Billing.Act();
        var integrations = silo.Grains.GetGrain<IIntegrationSettingsGrain>(GrainKeys.For(s.Tenant, IIntegrationSettingsGrain.Id));
        await integrations.RemoveAsync(IntegrationProvider.Stripe, (await integrations.GetAsync()).Version);
        var refundAfterRemoval = await s.Operation("refund-2").RefundAsync(card.Id, 20.00m, null);

        Assert.Equal((PaymentStatus.Succeeded, PaymentStatus.Succeeded), (refund.Status, refundAfterRemoval.Status));
        Assert.Equal([FirstKey, FirstKey], Stripe.Refunds.Select(r => r.ApiKey));
        Assert.Equal(PaymentStatus.Processing, checkedDebit.Status);
        Assert.Equal(PaymentStatus.Voided, voided.Status);
        Assert.All(Stripe.Requests.Where(r => r.Path.Contains(debit.TransactionId!, StringComparison.Ordinal)), r => Assert.Equal((FirstKey, 200), (r.ApiKey, r.Status)));
        Assert.Equal(SecondKey, Stripe.Charges.Single(c => c.PaymentIntentId == onSecond.TransactionId).ApiKey);
        Assert.Equal(30.00m, (await s.Payment(card.Id).GetAsync()).Refundable);
    }

    [Fact]
    public async Task APaymentWhoseAccountIsNoLongerConfiguredIsNotRefundedElsewhereAndTheOfficeIsToldWhy()
    {
        const string oldPlatformKey = "sk_test_platformBeforeRotation000000001";
        var first = await StartSiloAsync(oldPlatformKey);
        var s = await PaymentScenario.StartAsync(first.Grains);
        await s.CustomerWithMethodAsync(1001);
        var card = await s.ChargeAsync("card", 1001, 50.00m);
        await first.DisposeAsync();

        await using var second = await StartSiloAsync("sk_test_platformAfterRotation0000000002");
        var again = new PaymentScenario(s.Billing, second.Grains);
        var refused = await Assert.ThrowsAsync<SecurityTraxException>(() => again.Operation("refund").RefundAsync(card.Id, 10.00m, null));
        var after = await again.Payment(card.Id).GetAsync();

        Assert.Equal(ErrorKind.Conflict, refused.Kind);
        Assert.Contains("no longer configured", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Stripe.Refunds);
        Assert.Equal((50.00m, 0), (after.Refundable, after.Refunds.Length));
    }

    private static async Task SetCompanyKeyAsync(TestSilo silo, PaymentScenario s, string key)
    {
        s.Billing.Act();
        var integrations = silo.Grains.GetGrain<IIntegrationSettingsGrain>(GrainKeys.For(s.Tenant, IIntegrationSettingsGrain.Id));
        await integrations.SetStripeAsync(
            new StripeSettingsInput(key, "pk_test_company" + key[^6..], "whsec_company" + key[^6..]), (await integrations.GetAsync()).Version);
    }
}
