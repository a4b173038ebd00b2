using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Equipment;
using SecurityTrax.Outbox;
using SecurityTrax.Persistence;
using SecurityTrax.Identity;

namespace SecurityTrax.Invoices;

/// <summary>
/// One invoice, quote or credit memo: its contract, each call handed to the parts of <see cref="InvoiceWork"/>
/// (making, line editing, closing, applications, holds, give-backs), which the grain composes and owns.
/// </summary>
public sealed class InvoiceGrain(
    [PersistentState(StorageNames.Invoice, StorageNames.Main)] IPersistentState<InvoiceState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    OutboxWriter outbox,
    ILogger<InvoiceGrain> logger)
    : OutboxGrain<InvoiceState>(state, outbox, logger), IInvoiceGrain, IInvoicePaymentsGrain
{
    private InvoiceWork? _work;

    // The parts are plain classes composed at first use (the grain's key and runtime are known by then).
    private InvoiceWork Work => _work ??= new(this, new InvoiceRecords(
        () => State, Tenant, long.Parse(GrainKeys.Parse(this.GetPrimaryKeyString()).Id, CultureInfo.InvariantCulture), GrainFactory, time,
        () => InvoiceDunningLink.SaveAndTellAsync(SaveAsync, Work.Records)),
        logger);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        await Work.GiveBack.NowAsync();
        InvoiceApplicationNumbers.Fill(State);
        await Work.Returning.ReturnAsync();
    }

    public Task<InvoiceDetails> CreateAsync(long customerId, InvoiceType type, InvoiceHeader header, InvoiceLineInput[] lines) =>
        Work.Making.CreateAsync(customerId, type, header, lines);

    public Task<InvoiceDetails> GetAsync()
    {
        Work.Records.EnsureLive();
        return Task.FromResult(Work.Records.Details);
    }

    public async Task<InvoicePrintout> GetPrintoutAsync()
    {
        Work.Records.EnsureLive();
        var settings = await Work.Records.Settings.GetAsync();
        return new InvoicePrintout(settings.CompanyName, PaymentTerms.Text(State.Term), Work.Records.Details);
    }

    public Task<InvoiceDetails> UpdateHeaderAsync(InvoiceHeader header, int expectedVersion) => Work.Lines.UpdateHeaderAsync(header, expectedVersion);

    public Task<InvoiceDetails> AddLineAsync(InvoiceLineInput line, int? expectedVersion = null) => Work.Lines.AddLineAsync(line, expectedVersion);

    public Task<InvoiceDetails> UpdateLineAsync(int lineId, InvoiceLineInput line, int expectedVersion) => Work.Lines.UpdateLineAsync(lineId, line, expectedVersion);

    public Task<InvoiceDetails> RemoveLineAsync(int lineId, int expectedVersion) => Work.Lines.RemoveLineAsync(lineId, expectedVersion);

    public Task<LinesAdded> AddUnpaidEquipmentAsync(int? expectedVersion = null) => Work.Lines.AddUnpaidEquipmentAsync(expectedVersion);

    public Task<LinesAdded> AddActivationFeeAsync(int? expectedVersion = null) => Work.Lines.AddActivationFeeAsync(expectedVersion);

    public Task<LinesAdded> AddMonitoringAsync(int? expectedVersion = null) => Work.Lines.AddMonitoringAsync(expectedVersion);

    public Task<InvoiceDetails> ConvertQuoteAsync(long invoiceId, int expectedVersion) => Work.Making.ConvertQuoteAsync(invoiceId, expectedVersion);

    public Task<InvoiceDetails> CreateFromQuoteAsync(QuoteCopy quote) => Work.Making.CreateFromQuoteAsync(quote);

    public async Task<InvoiceDetails> CreateFromRecurringAsync(RecurringCopy copy)
    {
        var made = State.Exists;
        var details = await Work.Making.CreateFromRecurringAsync(copy);
        if (!made)
        {
            // Made by the billing run at night, looked at days later: a billing day would otherwise hold every new invoice in memory.
            DeactivateOnIdle();
        }

        return details;
    }

    public Task<EquipmentRow[]> ConvertEquipmentAsync() => Work.Making.ConvertEquipmentAsync();

    public Task DeleteAsync(int expectedVersion) => Work.Holding(Grants.Delete).Closing.DeleteAsync(expectedVersion);

    public Task<InvoiceDetails> VoidAsync(int expectedVersion) => Work.Holding(Grants.Delete).Closing.VoidAsync(expectedVersion);

    public Task<InvoiceDetails> ApplyCreditMemoAsync(string applicationId, long creditMemoId, decimal amount, int? expectedVersion = null) =>
        Work.Holding(Grants.Modify).Applying.ApplyCreditMemoAsync(applicationId, creditMemoId, amount, expectedVersion);

    public Task DrawCreditAsync(string applicationId, long invoiceId, decimal amount) => Work.Applying.DrawAsync(applicationId, invoiceId, null, amount);

    public Task DrawCreditForAsync(string applicationId, long invoiceId, long customerId, decimal amount) =>
        Work.Applying.DrawAsync(applicationId, invoiceId, customerId, amount);

    public Task<InvoiceDetails> SetPaymentApplicationAsync(string applicationId, long paymentId, decimal amount) =>
        Work.Applying.ApplyPaymentAsync(applicationId, paymentId, State.CustomerId, amount);

    public Task<InvoiceDetails> ApplyPaymentAsync(string applicationId, long paymentId, long customerId, decimal amount) =>
        Work.Applying.ApplyPaymentAsync(applicationId, paymentId, customerId, amount);

    public Task HoldAsync(string applicationId, long paymentId, long customerId, decimal amount) => Work.Holds.HoldAsync(applicationId, paymentId, customerId, amount);

    public Task ReleaseHoldAsync(string applicationId) => Work.Holds.ReleaseAsync(applicationId);

    public Task CreditReturnedAsync(string applicationId, long invoiceId) => Work.Applying.CreditReturnedAsync(applicationId);

    public Task SetDunningAsync(Dunning.InvoiceDunning dunning) => InvoiceDunningLink.SetAsync(Work.Records, dunning);
}
