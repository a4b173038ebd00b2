using SecurityTrax.Dunning;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;
using SecurityTrax.Persistence.Tests.Payments;
using SecurityTrax.Tenants;

namespace SecurityTrax.Persistence.Tests.Security;

/// <summary>
/// Grains check the grant of a money write themselves, behind the gateway: a caller (as a client would send it) without the
/// grant is refused and nothing is stored; with it the write goes through.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SiloGrantTests(PostgresFixture fixture)
{
    [Fact]
    public async Task RecordingAPaymentNeedsPaymentsCreateAndARefusedOneDrawsNoNumberAndAppliesNothing()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        await s.Billing.CustomerAsync(1001);
        await s.LabourInvoiceAsync(5001, 1001);
        var first = await s.CashAsync("op-first", 1001, 10.00m, new ApplicationRequest(5001, 10.00m));
        var cash = new NewPayment(1001, PaymentType.Sale, 50.00m, null, PaymentMethodKind.Cash, null, null, null, false, null, [new ApplicationRequest(5001, 50.00m)]);
        var operation = s.Operation("op-refused");

        var refused = await Refused(s.Tenant, ["payments.view"], () => operation.RecordAsync(cash));
        var invoice = await s.Invoice(5001).GetAsync();
        var next = await s.CashAsync("op-next", 1001, 5.00m);

        Assert.Equal(["payments.create"], refused.Grants);
        Assert.Equal((160.00m, 1), (invoice.Totals.Due, invoice.Applications.Length));
        Assert.Equal(first.Id + 1, next.Id);
        As(s.Tenant, "payments.create");
        Assert.Equal(PaymentStatus.Succeeded, (await operation.RecordAsync(cash)).Status);
    }

    [Fact]
    public async Task ACardChargeNeedsPaymentsProcessAndACreditAlsoIssueCredit()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        await s.CustomerWithMethodAsync(1001);
        var card = s.Operation("op-card");
        var credit = s.Operation("op-credit");
        var sale = new NewPayment(1001, PaymentType.Sale, 25.00m, null, null, null, null, null, false, null, []);

        var charge = await Refused(s.Tenant, ["payments.create"], () => card.RecordAsync(sale));
        var refund = await Refused(s.Tenant, ["payments.create"], () => credit.RecordAsync(sale with { Type = PaymentType.Credit }));

        Assert.Equal(["payments.process"], charge.Grants);
        Assert.Equal(["payments.issue_credit", "payments.process"], refund.Grants);
        As(s.Tenant, "payments.create", "payments.process");
        Assert.Equal(PaymentStatus.Succeeded, (await card.RecordAsync(sale)).Status);
    }

    [Fact]
    public async Task VoidApplyEditProcessAndRefundCheckTheirGrantsAndChangeNothingWhenRefused()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        await s.Billing.CustomerAsync(1001);
        await s.LabourInvoiceAsync(5001, 1001);
        var paid = await s.CashAsync("op-cash", 1001, 40.00m);
        var payment = s.Payment(paid.Id);
        string[] viewer = ["payments.view"];

        var voided = await Refused(s.Tenant, viewer, () => payment.VoidAsync(paid.Version, "mistake"));
        var applied = await Refused(s.Tenant, viewer, () => payment.ApplyAsync("a1", 5001, 10.00m, paid.Version));
        var edited = await Refused(s.Tenant, viewer, () => payment.EditAsync(new PaymentChanges(paid.Version, "ref", null, null, false, null, null)));
        var processed = await Refused(s.Tenant, viewer, () => payment.ProcessAsync("p1", paid.Version));
        var refund = s.Operation("op-refund");
        var refunded = await Refused(s.Tenant, viewer, () => refund.RefundAsync(paid.Id, 10.00m, null));

        Assert.Equal(
            ["payments.delete", "payments.modify", "payments.modify", "payments.process", "payments.process"],
            new[] { voided, applied, edited, processed, refunded }.Select(e => e.Grants.Single()));
        var after = await s.Payment(paid.Id).GetAsync();
        Assert.Equal((paid.Version, PaymentStatus.Succeeded, 40.00m, null), (after.Version, after.Status, after.Unapplied, after.Reference));
        As(s.Tenant, "payments.delete");
        Assert.Equal(PaymentStatus.Voided, (await payment.VoidAsync(paid.Version, "mistake")).Status);
    }

    [Fact]
    public async Task InvoiceVoidBillingMethodsAndMoneySettingsCheckTheirGrants()
    {
        var s = await PaymentScenario.StartAsync(fixture.Silo.Grains);
        await s.CustomerWithMethodAsync(1001);
        var invoice = await s.LabourInvoiceAsync(5001, 1001);
        var invoiceGrain = s.Invoice(5001);
        var methods = s.Methods(1001);
        var method = (await methods.ListAsync()).Single();
        var settings = fixture.Silo.Grains.GetGrain<ITenantSettingsGrain>(GrainKeys.For(s.Tenant, ITenantSettingsGrain.Id));
        var dunning = fixture.Silo.Grains.GetGrain<IDunningSettingsGrain>(GrainKeys.For(s.Tenant, IDunningSettingsGrain.Id));
        s.Billing.Act();
        var company = await settings.GetAsync();
        var retries = await dunning.GetAsync();
        var later = new UpdateTenantSettings(company.CompanyName, company.TimeZone, company.Culture, false, company.Version, new TimeOnly(23, 0));
        string[] clerk = ["customers.view", "invoices.view", "invoices.modify"];

        var refusals = new[]
        {
            await Refused(s.Tenant, clerk, () => invoiceGrain.VoidAsync(invoice.Version)),
            await Refused(s.Tenant, clerk, () => invoiceGrain.DeleteAsync(invoice.Version)),
            await Refused(s.Tenant, clerk, () => methods.AddAsync(new NewBillingMethod(BillingMethodKind.Card, "pm_card_mastercard", null, true))),
            await Refused(s.Tenant, clerk, () => methods.RemoveAsync(method.Id, method.Version)),
            await Refused(s.Tenant, clerk, () => settings.UpdateAsync(later)),
            await Refused(s.Tenant, clerk, () => dunning.SetAsync(retries with { RetryDays = [1] }, retries.Version)),
        };

        Assert.Equal(
            ["invoices.delete", "invoices.delete", "customers.modify", "customers.modify", "settings.modify", "settings.modify"],
            refusals.Select(e => e.Grants.Single()));
        s.Billing.Act();
        var unchanged = await invoiceGrain.GetAsync();
        Assert.Equal((invoice.Version, invoice.Status), (unchanged.Version, unchanged.Status));
        Assert.Equal([method.Id], (await methods.ListAsync()).Select(m => m.Id));
        Assert.Equal((company.Version, company.CardSettlementCutoff), ((await settings.GetAsync()).Version, (await settings.GetAsync()).CardSettlementCutoff));
        Assert.Equal(retries.RetryDays, (await dunning.GetAsync()).RetryDays);
        As(s.Tenant, "settings.modify");
        Assert.Equal(new TimeOnly(23, 0), (await settings.UpdateAsync(later)).CardSettlementCutoff);
    }

    /// <summary>Runs <paramref name="call"/> as a user holding <paramref name="grants"/>; answers the refusal it must raise.</summary>
    private static async Task<MissingGrantException> Refused(string tenant, string[] grants, Func<Task> call)
    {
        As(tenant, grants);
        try
        {
            return await Assert.ThrowsAsync<MissingGrantException>(call);
        }
        finally
        {
            CallerContext.Set(Caller.System(tenant));
        }
    }

    private static void As(string tenant, params string[] grants) =>
        CallerContext.Set(new Caller(tenant, "77", "Clerk", ChangeSources.Web, null, null, GrantSet.Of(grants)));
}
