using System.Globalization;
using SecurityTrax.Errors;
using SecurityTrax.Payments;
using SecurityTrax.Payments.Processing;
using SecurityTrax.Persistence;

namespace SecurityTrax.Portal;

/// <summary>
/// A token's way to its customer's pay link. The customer's <see cref="ICustomerPayLinksGrain"/> decides whether the
/// link is active, so a revocation there holds at once, whatever this grain stored.
/// </summary>
public sealed class PayLinkGrain(
    [PersistentState(StorageNames.PayLink, StorageNames.Main)] IPersistentState<PayLinkState> state,
    PaymentProcessors processors)
    : Grain, IPayLinkGrain, IPayLinkIndexGrain
{
    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public async Task IndexAsync(long customerId, int number)
    {
        (state.State.CustomerId, state.State.Number) = (customerId, number);
        await state.WriteStateAsync();
    }

    public async Task<PayLinkScope> OpenAsync() =>
        state.State.Number == 0
            ? PayLinkScope.Unknown
            : await GrainFactory.GetGrain<ICustomerPayLinksGrain>(GrainKeys.For(Tenant, state.State.CustomerId.ToString(CultureInfo.InvariantCulture)))
                .CheckAsync(state.State.Number);

    public async Task<PortalCheckout> CheckoutAsync()
    {
        await ActiveAsync();
        var (processor, publishableKey) = await processors.ForSetupAsync(GrainFactory, Tenant);
        return new PortalCheckout(processor.Name, publishableKey);
    }

    public async Task<PaymentDetails> PayAsync(string operationKey, PortalPayment payment)
    {
        var scope = await ActiveAsync();

        var errors = new List<FieldError>();
        // Without a token the customer confirms the payment in the browser, which only Stripe's Payment Element does.
        var inBrowser = string.IsNullOrWhiteSpace(payment.Token) && (await processors.ForAsync(GrainFactory, Tenant)).Name == StripeProcessor.ProcessorName;
        PortalPaymentRules.Check(scope, payment, inBrowser, errors);
        SecurityTraxException.ThrowIfAny(errors);
        // The operation is the link's and the caller's key: a retry of the same key pays once, another link never meets it.
        var operation = GrainFactory.GetGrain<IPaymentOperationGrain>(
            GrainKeys.For(Tenant, PaymentKeys.Operation($"portal:{this.GetPrimaryKeyString()}:{operationKey}")));
        return await operation.RecordAsync(new NewPayment(
            scope.CustomerId, PaymentType.Sale, payment.Applications.Sum(a => a.Amount), null, null, null, null, "Paid in the customer portal",
            true, null, payment.Applications, inBrowser ? null : payment.Token!.Trim(), InBrowser: inBrowser,
            SaveMethod: payment.SaveMethod, MakeDefault: payment.SaveMethod && payment.MakeDefault));
    }

    private async Task<PayLinkScope> ActiveAsync()
    {
        var scope = await OpenAsync();
        return scope.IsActive ? scope : throw SecurityTraxException.NotFound("Pay link");
    }
}
