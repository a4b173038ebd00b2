using System.Globalization;
using SecurityTrax.Catalog;
using SecurityTrax.Customers;
using SecurityTrax.Equipment;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;

namespace SecurityTrax.Persistence.Tests.Invoices;

/// <summary>A fresh tenant with a small alarm dealer's catalogue (Colorado tax 8.375%) and grain shortcuts for billing tests.</summary>
public sealed class BillingScenario(IGrainFactory grains)
{
    public string Tenant { get; } = "t" + Guid.NewGuid().ToString("N")[..10];

    public BillableItem Panel { get; private set; } = null!;

    public BillableItem Contact { get; private set; } = null!;

    public BillableItem Labour { get; private set; } = null!;

    public EquipmentItem PanelPiece { get; private set; } = null!;

    public EquipmentItem ContactPiece { get; private set; } = null!;

    public EquipmentPackage Starter { get; private set; } = null!;

    public ICatalogGrain Catalog => Grain<ICatalogGrain>(ICatalogGrain.Id);

    public static async Task<BillingScenario> StartAsync(IGrainFactory grains)
    {
        var scenario = new BillingScenario(grains);
        var catalog = scenario.Catalog;
        scenario.Act();
        scenario.Panel = await catalog.AddItemAsync(new BillableItemInput("Alarm panel", "Touchscreen alarm panel", 199.00m, true, BillableItemKind.Equipment));
        scenario.Contact = await catalog.AddItemAsync(new BillableItemInput("Door contact", null, 39.00m, true, BillableItemKind.Equipment));
        scenario.Labour = await catalog.AddItemAsync(new BillableItemInput("Installation labour", "Installation (hours)", 85.00m, false, BillableItemKind.Labour));
        scenario.PanelPiece = await catalog.AddEquipmentAsync(new EquipmentItemInput("Qolsys", "IQ Panel 4", scenario.Panel.Id));
        scenario.ContactPiece = await catalog.AddEquipmentAsync(new EquipmentItemInput("Honeywell", "5816", scenario.Contact.Id));
        scenario.Starter = await catalog.AddPackageAsync(new EquipmentPackageInput(
            "Starter kit", [new PackagePiece(scenario.PanelPiece.Id, 1), new PackagePiece(scenario.ContactPiece.Id, 3)]));
        await catalog.AddTaxRateAsync("CO", 8.375m);
        return scenario;
    }

    /// <summary>A customer in Denver with a $99.00 activation fee and $39.95 monthly monitoring.</summary>
    public async Task<long> CustomerAsync(long number, CustomerStage stage = CustomerStage.Customer, Func<CustomerProfile, CustomerProfile>? change = null)
    {
        var profile = new CustomerProfile(
            "Ann", "Lee", null, new Address("12 Elm St", null, "Denver", "CO", "80202"), null, [], null, null, null, 99.00m, false, 39.95m, false);
        Act();
        await Customer(number).CreateAsync(stage, change?.Invoke(profile) ?? profile, null, false);
        return number;
    }

    public Task<InvoiceDetails> InvoiceAsync(long number, long customer, InvoiceType type = InvoiceType.Invoice, params InvoiceLineInput[] lines)
    {
        Act();
        return Invoice(number).CreateAsync(customer, type, new InvoiceHeader(new DateOnly(2026, 11, 2), PaymentTerm.Net30, null, null), lines);
    }

    public ICustomerGrain Customer(long number) => Grain<ICustomerGrain>(Id(number));

    public ICustomerEquipmentGrain Equipment(long customer) => Grain<ICustomerEquipmentGrain>(Id(customer));

    public IInvoiceGrain Invoice(long number) => Grain<IInvoiceGrain>(InvoiceKeys.Id(number));

    public IEquipmentConversionGrain Conversion => Grain<IEquipmentConversionGrain>(IEquipmentConversionGrain.Id);

    public IInvoiceQueryGrain Queries => Grain<IInvoiceQueryGrain>(IInvoiceQueryGrain.Id);

    /// <summary>Grain calls from the test act as the tenant's system user.</summary>
    public void Act() => CallerContext.Set(Caller.System(Tenant));

    private T Grain<T>(string id)
        where T : IGrainWithStringKey
    {
        Act();
        return grains.GetGrain<T>(GrainKeys.For(Tenant, id));
    }

    private static string Id(long number) => number.ToString(CultureInfo.InvariantCulture);
}
