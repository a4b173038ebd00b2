using System.Globalization;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;
using SecurityTrax.Persistence.Tests.Invoices;

namespace SecurityTrax.Persistence.Tests.Payments;

/// <summary>A billing scenario with payment shortcuts: customers with a card, labour invoices, payments by operation id.</summary>
public sealed class PaymentScenario(BillingScenario billing, IGrainFactory grains)
{
    public BillingScenario Billing { get; } = billing;

    public string Tenant => Billing.Tenant;

    public static async Task<PaymentScenario> StartAsync(IGrainFactory grains) => new(await BillingScenario.StartAsync(grains), grains);

    /// <summary>A customer with <paramref name="token"/> saved as the default card or bank account.</summary>
    public async Task<BillingMethod> CustomerWithMethodAsync(long customer, string token = "pm_card_visa", BillingMethodKind kind = BillingMethodKind.Card)
    {
        await Billing.CustomerAsync(customer);
        return await Methods(customer).AddAsync(new NewBillingMethod(kind, token, null, true));
    }

    /// <summary>An invoice of <paramref name="hours"/> hours of (untaxed) labour at 85.00.</summary>
    public Task<InvoiceDetails> LabourInvoiceAsync(long number, long customer, decimal hours = 2) =>
        Billing.InvoiceAsync(number, customer, InvoiceType.Invoice, new InvoiceLineInput(Billing.Labour.Id, hours, null, null, null));

    public Task<PaymentDetails> CashAsync(string operation, long customer, decimal amount, params ApplicationRequest[] applications) =>
        Operation(operation).RecordAsync(new NewPayment(customer, PaymentType.Sale, amount, null, PaymentMethodKind.Cash, null, null, null, false, null, applications));

    public Task<PaymentDetails> ChargeAsync(string operation, long customer, decimal amount, params ApplicationRequest[] applications) =>
        Operation(operation).RecordAsync(new NewPayment(customer, PaymentType.Sale, amount, null, null, null, null, null, false, null, applications));

    public IPaymentOperationGrain Operation(string operation) => Grain<IPaymentOperationGrain>(PaymentKeys.Operation(operation));

    public IPaymentGrain Payment(long number) => Grain<IPaymentGrain>(PaymentKeys.Id(number));

    public IBillingMethodsGrain Methods(long customer) => Grain<IBillingMethodsGrain>(customer.ToString(CultureInfo.InvariantCulture));

    public IInvoiceGrain Invoice(long number) => Grain<IInvoiceGrain>(InvoiceKeys.Id(number));

    private T Grain<T>(string id)
        where T : IGrainWithStringKey
    {
        Billing.Act();
        return grains.GetGrain<T>(GrainKeys.For(Tenant, id));
    }
}
