using SecurityTrax.Errors;
using SecurityTrax.Payments;
using SecurityTrax.Tenants;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>
/// The settlement cut-off is a company setting: each company's card payments settle at its own cut-off, and a company
/// without one keeps the platform's (02:00 here). The clock starts at 17:00 UTC, 10:00 in Denver.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CompanySettlementCutoffTests(PostgresFixture fixture) : StripeSiloTests(fixture)
{
    [Fact]
    public async Task TwoCompaniesSettleTheirCardPaymentsAtTheirOwnCutoffs()
    {
        await using var silo = await StartSiloAsync(platformKey: null, cardSettlementCutoff: "02:00");
        var early = await PaymentScenario.StartAsync(silo.Grains);
        var platform = await PaymentScenario.StartAsync(silo.Grains);
        var late = await PaymentScenario.StartAsync(silo.Grains);
        await SetCutoffAsync(silo.Grains, early, new TimeOnly(11, 0));
        await SetCutoffAsync(silo.Grains, late, new TimeOnly(23, 30));
        var payments = new List<(PaymentScenario Company, long Id)>();
        foreach (var company in new[] { early, platform, late })
        {
            await company.CustomerWithMethodAsync(1001);
            payments.Add((company, (await company.ChargeAsync("card", 1001, 40.00m)).Id));
        }

        // 11:30 in Denver: past the early company's 11:00, before the other two.
        Clock.Advance(TimeSpan.FromHours(1.5));
        var atNoon = await SettlementsAsync(payments);
        // 23:45 in Denver: past 23:30 too, and still before the platform's 02:00.
        Clock.Advance(TimeSpan.FromHours(12.25));
        var atNight = await SettlementsAsync(payments);
        // 02:15 the next day: every card payment is settled.
        Clock.Advance(TimeSpan.FromHours(2.5));
        var nextMorning = await SettlementsAsync(payments);

        Assert.Equal([PaymentSettlement.Settled, PaymentSettlement.Authorised, PaymentSettlement.Authorised], atNoon);
        Assert.Equal([PaymentSettlement.Settled, PaymentSettlement.Authorised, PaymentSettlement.Settled], atNight);
        Assert.Equal([PaymentSettlement.Settled, PaymentSettlement.Settled, PaymentSettlement.Settled], nextMorning);
    }

    [Fact]
    public async Task ACutoffWithSecondsIsRefusedAndChangesNothing()
    {
        await using var silo = await StartSiloAsync(platformKey: null);
        var company = await PaymentScenario.StartAsync(silo.Grains);
        company.Billing.Act();
        var settings = silo.Grains.GetGrain<ITenantSettingsGrain>(GrainKeys.For(company.Tenant, ITenantSettingsGrain.Id));
        var before = await settings.GetAsync();

        var refused = await Assert.ThrowsAsync<SecurityTraxException>(() => settings.UpdateAsync(new UpdateTenantSettings(
            before.CompanyName, before.TimeZone, before.Culture, before.EmailReceiptsByDefault, before.Version, new TimeOnly(2, 0, 30))));

        Assert.Equal("cardSettlementCutoff", Assert.Single(refused.Fields).Field);
        Assert.Equal(before, await settings.GetAsync());
    }

    private static async Task SetCutoffAsync(IGrainFactory grains, PaymentScenario company, TimeOnly cutoff)
    {
        company.Billing.Act();
        var settings = grains.GetGrain<ITenantSettingsGrain>(GrainKeys.For(company.Tenant, ITenantSettingsGrain.Id));
        var current = await settings.GetAsync();
        var updated = await settings.UpdateAsync(new UpdateTenantSettings(
            current.CompanyName, current.TimeZone, current.Culture, current.EmailReceiptsByDefault, current.Version, cutoff));
        Assert.Equal(cutoff, updated.CardSettlementCutoff);
    }

    private static async Task<PaymentSettlement?[]> SettlementsAsync(List<(PaymentScenario Company, long Id)> payments)
    {
        var answers = new List<PaymentSettlement?>();
        foreach (var (company, id) in payments)
        {
            answers.Add((await company.Payment(id).GetAsync()).Settlement);
        }

        return [.. answers];
    }
}
