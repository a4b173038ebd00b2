using SecurityTrax.Identity;
using SecurityTrax.Persistence;
using SecurityTrax.Sequences;

namespace SecurityTrax.Payments;

public sealed class PaymentOperationGrain(
    [PersistentState(StorageNames.PaymentOperation, StorageNames.Main)] IPersistentState<PaymentOperationState> state)
    : Grain, IPaymentOperationGrain
{
    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    private string OperationId => GrainKeys.Parse(this.GetPrimaryKeyString()).Id;

    public async Task<PaymentDetails> RecordAsync(NewPayment payment)
    {
        CallerGrants.Require(Tenant, PaymentGrants.ToRecord(payment));
        return payment is { Type: PaymentType.Credit, ManualKind: null }
            ? await CreditAsync(payment)
            : await (await PaymentAsync()).CreateAsync(OperationId, payment);
    }

    public async Task<ChargeOutcome> ChargeInvoiceAsync(ChargeInvoice charge)
    {
        CallerGrants.Require(Tenant, PaymentGrants.Create, Grants.PaymentsProcess);
        var payment = await (await PaymentAsync()).CreateAsync(
            OperationId,
            new NewPayment(charge.CustomerId, PaymentType.Sale, charge.Amount, charge.BillingMethodId, null, null, null, null, null, null,
                [new ApplicationRequest(charge.InvoiceId, charge.Amount)]));
        var applied = payment.Applications.Any(a => a.InvoiceId == charge.InvoiceId);
        var reason = payment.Status switch
        {
            PaymentStatus.Failed => payment.Reason,
            PaymentStatus.Succeeded when !applied => $"Paid as payment {payment.Id}, but invoice {charge.InvoiceId} did not take it; it stays unapplied.",
            _ => null,
        };
        return new ChargeOutcome(payment.Status == PaymentStatus.Succeeded && applied, payment.Id, payment.Status, reason);
    }

    public Task<PaymentDetails> RefundAsync(long paymentId, decimal amount, string? reason)
    {
        CallerGrants.Require(Tenant, Grants.PaymentsProcess);
        return Payment(paymentId).RefundAsync(OperationId, amount, reason);
    }

    /// <summary>A credit is a refund of an earlier charge (<see cref="PaymentCredits"/>), chosen once and stored before it is asked for.</summary>
    private async Task<PaymentDetails> CreditAsync(NewPayment credit)
    {
        if (state.State.CreditOfPaymentId is null)
        {
            state.State.CreditOfPaymentId = await new PaymentCredits(GrainFactory, Tenant).ChooseAsync(credit);
            try
            {
                await state.WriteStateAsync();
            }
            catch (Exception)
            {
                // A choice never stored is not acted on: a repeat chooses again, before anything was refunded.
                state.State.CreditOfPaymentId = null;
                throw;
            }
        }

        var reason = "Credit" + (string.IsNullOrWhiteSpace(credit.Note) ? "" : $": {credit.Note.Trim()}");
        return await Payment(state.State.CreditOfPaymentId.Value).RefundAsync(OperationId, credit.Amount, reason);
    }

    /// <summary>The payment number is drawn once and stored before the payment is made.</summary>
    private async Task<IPaymentStepsGrain> PaymentAsync()
    {
        if (state.State.PaymentId is null)
        {
            state.State.PaymentId = await GrainFactory.GetGrain<ISequenceGrain>(GrainKeys.For(Tenant, SequenceKinds.GrainId(PaymentKeys.Sequence))).NextAsync();
            try
            {
                await state.WriteStateAsync();
            }
            catch (Exception)
            {
                // A number never stored must not be used: a later activation would draw another and make a second payment.
                state.State.PaymentId = null;
                throw;
            }
        }

        return Payment(state.State.PaymentId.Value);
    }

    private IPaymentStepsGrain Payment(long number) => GrainFactory.GetGrain<IPaymentStepsGrain>(GrainKeys.For(Tenant, PaymentKeys.Id(number)));
}
