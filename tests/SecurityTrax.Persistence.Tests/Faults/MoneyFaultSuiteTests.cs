using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Payments;
using SecurityTrax.Persistence.Tests.Payments;
using SecurityTrax.Testing;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Faults;

/// <summary>
/// Pay, refund and void, each cut at its processor call in every way the network or a crash can cut it: the request
/// lost before Stripe acted or after, the answer lost, the silo killed while it waited. After a restart and a repeat of
/// the same operation, the money invariants hold.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MoneyFaultSuiteTests(PostgresFixture fixture) : StripeSiloTests(fixture)
{
    private const long Customer = 1001;
    private const long InvoiceNumber = 5001;
    private TestSilo _silo = null!;

    public static TheoryData<FakeStripeFault, bool> Faults => new()
    {
        { FakeStripeFault.DropBeforeProcessing, false },
        { FakeStripeFault.DropAfterProcessing, false },
        { FakeStripeFault.HangBeforeProcessing, true },
        { FakeStripeFault.HangAfterProcessing, true },
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _silo = await StartSiloAsync();
    }

    public override async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        await base.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task APayCutAtItsChargeEndsWithOneChargeOneApplicationAndNothingDoubled(FakeStripeFault fault, bool killSilo)
    {
        var s = await PaymentScenario.StartAsync(_silo.Grains);
        await s.CustomerWithMethodAsync(Customer);
        await s.LabourInvoiceAsync(InvoiceNumber, Customer);
        var pay = () => s.ChargeAsync("pay", Customer, 170.00m, new ApplicationRequest(InvoiceNumber, 170.00m));

        s = await CutAsync(s, fault, "/v1/payment_intents", killSilo, pay);
        var paid = await FinishAsync(s, await pay());

        Assert.Equal(PaymentStatus.Succeeded, paid.Status);
        Assert.Equal(paid.TransactionId, MoneyInvariants.OneCharge(Stripe).PaymentIntentId);
        Assert.Equal(170.00m, Assert.Single(paid.Applications).Amount);
        Assert.Equal(0m, (await s.Invoice(InvoiceNumber).GetAsync()).Totals.Due);
        await AssertInvariantsAsync(s, paid);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task ARefundCutAtItsProcessorCallRefundsOnceAndReopensTheDueOnce(FakeStripeFault fault, bool killSilo)
    {
        var s = await PaymentScenario.StartAsync(_silo.Grains);
        await s.CustomerWithMethodAsync(Customer);
        await s.LabourInvoiceAsync(InvoiceNumber, Customer);
        var paid = await s.ChargeAsync("pay", Customer, 170.00m, new ApplicationRequest(InvoiceNumber, 170.00m));
        var refund = () => s.Operation("refund").RefundAsync(paid.Id, 50.00m, "Overcharged");

        s = await CutAsync(s, fault, "/v1/refunds", killSilo, refund);
        var refunded = await FinishAsync(s, await refund());
        var original = await FinishAsync(s, paid);

        Assert.Equal((PaymentStatus.Succeeded, -50.00m), (refunded.Status, refunded.Amount));
        Assert.Equal(5000L, Assert.Single(Stripe.Refunds).Amount);
        Assert.Equal(120.00m, original.Refundable);
        Assert.Equal(50.00m, (await s.Invoice(InvoiceNumber).GetAsync()).Totals.Due);
        await AssertInvariantsAsync(s, original);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task AVoidCutAtItsCancelCancelsOnceAndTheInvoiceStaysDue(FakeStripeFault fault, bool killSilo)
    {
        var s = await PaymentScenario.StartAsync(_silo.Grains);
        await s.CustomerWithMethodAsync(Customer, "pm_usBankAccount_success", BillingMethodKind.BankAccount);
        await s.LabourInvoiceAsync(InvoiceNumber, Customer);
        var pending = await s.ChargeAsync("ach", Customer, 170.00m, new ApplicationRequest(InvoiceNumber, 170.00m));
        var cancel = $"/v1/payment_intents/{pending.TransactionId}/cancel";
        var voiding = () => s.Payment(pending.Id).VoidAsync(pending.Version, "Entered twice");

        s = await CutAsync(s, fault, cancel, killSilo, voiding);
        var voided = await FinishAsync(s, pending);

        Assert.Equal(PaymentStatus.Voided, voided.Status);
        Assert.Equal("canceled", (string?)Stripe.FindObject(pending.TransactionId!)!["status"]);
        Assert.Equal(1, Stripe.Requests.Count(r => r.Path == cancel && !r.Replayed && r.Fault is not (FakeStripeFault.DropBeforeProcessing or FakeStripeFault.HangBeforeProcessing)));
        Assert.Equal(170.00m, (await s.Invoice(InvoiceNumber).GetAsync()).Totals.Due);
        await AssertInvariantsAsync(s, voided);
    }

    /// <summary>
    /// Arms <paramref name="fault"/> for the next request to <paramref name="path"/> and runs <paramref name="step"/>
    /// into it; a killed silo is replaced by a new one on the same database. Returns the scenario on the live silo.
    /// </summary>
    private async Task<PaymentScenario> CutAsync<T>(PaymentScenario s, FakeStripeFault fault, string path, bool killSilo, Func<Task<T>> step)
    {
        var played = Stripe.FailNextRequest(fault, path);
        if (!killSilo)
        {
            // The step may answer "still processing" or throw; either way it is repeated below.
            try
            {
                await step();
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
            }

            await played.WaitAsync(TimeSpan.FromSeconds(30));
            return s;
        }

        _ = step();
        await played.WaitAsync(TimeSpan.FromSeconds(30));
        await _silo.KillAsync();
        _silo = await StartSiloAsync();
        return new PaymentScenario(s.Billing, _silo.Grains);
    }

    /// <summary>Lets the payment's waiting steps run as its reminder would, each after the retry back-off, until nothing is left processing.</summary>
    private async Task<PaymentDetails> FinishAsync(PaymentScenario s, PaymentDetails payment)
    {
        var details = payment;
        for (var tick = 0; tick < 3 && (tick == 0 || details.Status == PaymentStatus.Processing); tick++)
        {
            Clock.Advance(TimeSpan.FromMinutes(10));
            details = await s.Payment(payment.Id).ResumeAsync();
        }

        return details;
    }

    private async Task AssertInvariantsAsync(PaymentScenario s, PaymentDetails payment)
    {
        await MoneyInvariants.HoldAsync(Fixture.Database, _silo.Grains, s, payment, Customer, InvoiceNumber);
    }

}
