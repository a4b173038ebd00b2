using System.Globalization;
using SecurityTrax.Customers;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.Outbox;

namespace SecurityTrax.Dunning;

/// <summary>The record keeping of one customer's dunning activation, shared by the grain's parts.</summary>
public sealed class DunningBook(Func<DunningState> state, string tenant, long customerId, IGrainFactory grains, TimeProvider time, Func<Task> save)
{
    // Read from the grain each time: a reload after a failed save replaces the state object.
    public DunningState State => state();

    public string Tenant => tenant;

    public long CustomerId => customerId;

    public IGrainFactory Grains => grains;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Dunning acts as the system whoever's change woke it (a card added by the office, a payment by the portal).</summary>
    public Caller Actor { get; } = Caller.System(tenant, ChangeSources.Dunning);

    public Task SaveAsync() => save();

    public DunningCase? Find(long invoiceId) => State.Cases.FirstOrDefault(c => c.InvoiceId == invoiceId);

    public IInvoiceGrain Invoice(long invoiceId) => grains.GetGrain<IInvoiceGrain>(GrainKeys.For(tenant, InvoiceKeys.Id(invoiceId)));

    public IInvoicePaymentsGrain InvoicePayments(long invoiceId) => grains.GetGrain<IInvoicePaymentsGrain>(GrainKeys.For(tenant, InvoiceKeys.Id(invoiceId)));

    public ICustomerGrain Customer() => grains.GetGrain<ICustomerGrain>(GrainKeys.For(tenant, customerId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A history row on the customer about invoice <paramref name="invoiceId"/>'s dunning.</summary>
    public void Record(long invoiceId, string action, string? value) =>
        State.Outbox.HistoryOf(Actor, Now, "customer", customerId.ToString(CultureInfo.InvariantCulture))
            .Add("invoice", invoiceId.ToString(CultureInfo.InvariantCulture), action, "dunning", null, value);

    /// <summary>Shows the case on its invoice (after the save: a crash before leaves it to the next change, which shows it again).</summary>
    public Task ShowAsync(DunningCase c) => InvoicePayments(c.InvoiceId).SetDunningAsync(DunningPlan.View(c));
}
