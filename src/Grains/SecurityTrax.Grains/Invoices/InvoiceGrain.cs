using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Equipment;
using SecurityTrax.Errors;
using SecurityTrax.Outbox;
using SecurityTrax.Persistence;
using SecurityTrax.Tenants;

namespace SecurityTrax.Invoices;

public sealed class InvoiceGrain(
    [PersistentState(StorageNames.Invoice, StorageNames.Main)] IPersistentState<InvoiceState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    OutboxWriter outbox,
    ILogger<InvoiceGrain> logger)
    : InvoiceApplicationsBase(state, time, outbox, logger), IInvoiceGrain, IInvoicePaymentsGrain
{
    public async Task<InvoiceDetails> CreateAsync(long customerId, InvoiceType type, InvoiceHeader header, InvoiceLineInput[] lines)
    {
        if (State.Exists)
        {
            throw SecurityTraxException.Conflict($"Invoice {Number} exists.");
        }

        var (catalog, customer, rate) = await InvoiceButtons.PricingAsync(GrainFactory, Tenant, customerId);
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(type))
        {
            errors.Add(new FieldError("type", "Use invoice, quote or credit_memo."));
        }

        var clean = InvoiceRules.Normalize(header, await TodayAsync(), errors);
        var built = (lines ?? []).Select((l, i) => InvoiceLines.Build(i + 1, l, catalog, rate, null, $"lines[{i}].", errors)).ToList();
        SecurityTraxException.ThrowIfAny(errors);
        return await StartAsync(customerId, type, clean, customer, built, null);
    }

    public Task<InvoiceDetails> GetAsync()
    {
        EnsureLive();
        return Task.FromResult(Details);
    }

    public async Task<InvoicePrintout> GetPrintoutAsync()
    {
        EnsureLive();
        var settings = await GrainFactory.GetGrain<ITenantSettingsGrain>(GrainKeys.For(Tenant, ITenantSettingsGrain.Id)).GetAsync();
        return new InvoicePrintout(settings.CompanyName, PaymentTerms.Text(State.Term), Details);
    }

    public async Task<InvoiceDetails> UpdateHeaderAsync(InvoiceHeader header, int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        InvoiceDocument.EnsureNotFrozen(State, Number);
        var errors = new List<FieldError>();
        var clean = InvoiceRules.Normalize(header, await TodayAsync(), errors);
        SecurityTraxException.ThrowIfAny(errors);
        var now = Now;
        return SetHeader(clean, History(now), "updated") ? await CommitAsync(now) : Details;
    }

    public async Task<InvoiceDetails> AddLineAsync(InvoiceLineInput line, int? expectedVersion = null)
    {
        EnsureLive();
        ExpectedVersion.Check(expectedVersion, State.Version);
        InvoiceDocument.EnsureLinesCanChange(State, Number);
        var (catalog, customer, rate) = await InvoiceButtons.PricingAsync(GrainFactory, Tenant, State.CustomerId);
        var errors = new List<FieldError>();
        var built = InvoiceLines.Build(State.LastLineId + 1, line, catalog, rate, null, "", errors);
        SecurityTraxException.ThrowIfAny(errors);
        return await AddLinesAsync([built], customer);
    }

    public async Task<InvoiceDetails> UpdateLineAsync(int lineId, InvoiceLineInput line, int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        InvoiceDocument.EnsureLinesCanChange(State, Number);
        var current = InvoiceDocument.FindLine(State, lineId, Number);
        var (catalog, customer, rate) = await InvoiceButtons.PricingAsync(GrainFactory, Tenant, State.CustomerId);
        var errors = new List<FieldError>();
        var built = InvoiceLines.Build(lineId, line with { TaxRate = line.TaxRate ?? current.TaxRate }, catalog, rate, current, "", errors);
        SecurityTraxException.ThrowIfAny(errors);
        if (built == current)
        {
            return Details;
        }

        var now = Now;
        var before = InvoiceDocument.Totals(State);
        InvoiceDocument.SetLines(State, [.. State.Lines.Select(l => l.Id == lineId ? built : l)], Number);
        Describe(customer);
        var history = History(now);
        history.Add(Entity, Id, "line_updated", InvoiceChanges.LineField(built), InvoiceChanges.Line(current), InvoiceChanges.Line(built));
        TotalChanged(history, before);
        return await CommitAsync(now);
    }

    public async Task<InvoiceDetails> RemoveLineAsync(int lineId, int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        InvoiceDocument.EnsureLinesCanChange(State, Number);
        var line = InvoiceDocument.FindLine(State, lineId, Number);
        var now = Now;
        var before = InvoiceDocument.Totals(State);
        InvoiceDocument.SetLines(State, [.. State.Lines.Where(l => l.Id != lineId)], Number);
        var history = History(now);
        history.Add(Entity, Id, "line_removed", InvoiceChanges.LineField(line), InvoiceChanges.Line(line), null);
        TotalChanged(history, before);
        GiveBackLater([line]);
        var details = await CommitAsync(now);
        await GiveBackAsync();
        return details;
    }

    public async Task<LinesAdded> AddUnpaidEquipmentAsync(int? expectedVersion = null)
    {
        EnsureButton(expectedVersion, InvoiceType.Invoice);
        var (lines, reason) = await InvoiceButtons.UnpaidEquipmentAsync(GrainFactory, Tenant, Number, State);
        return await ButtonAsync(lines, reason);
    }

    public async Task<LinesAdded> AddActivationFeeAsync(int? expectedVersion = null)
    {
        EnsureButton(expectedVersion, InvoiceType.Invoice);
        var (lines, reason) = await InvoiceButtons.ActivationFeeAsync(GrainFactory, Tenant, Number, State);
        return await ButtonAsync(lines, reason);
    }

    public async Task<LinesAdded> AddMonitoringAsync(int? expectedVersion = null)
    {
        EnsureButton(expectedVersion, InvoiceType.Invoice, InvoiceType.Quote);
        var (lines, reason) = await InvoiceButtons.MonitoringAsync(GrainFactory, Tenant, State);
        return await ButtonAsync(lines, reason);
    }

    public async Task<InvoiceDetails> ConvertQuoteAsync(long invoiceId, int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        EnsureType(InvoiceType.Quote);
        if (State.ConvertedToInvoiceId is null)
        {
            // The quote names its invoice before the invoice is made: a crash in between makes the same invoice on the next try.
            var now = Now;
            State.ConvertedToInvoiceId = invoiceId;
            History(now).Add(Entity, Id, "converted", "invoice", null, InvoiceKeys.Id(invoiceId));
            await CommitAsync(now);
        }

        var header = new InvoiceHeader(State.SaleDate, State.Term, State.PoNumber, State.Note);
        return await Invoice(State.ConvertedToInvoiceId.Value).CreateFromQuoteAsync(new QuoteCopy(Number, State.CustomerId, header, [.. State.Lines]));
    }

    public async Task<InvoiceDetails> CreateFromQuoteAsync(QuoteCopy quote)
    {
        if (State.Exists)
        {
            return State.QuoteId == quote.QuoteId ? Details : throw SecurityTraxException.Conflict($"Invoice {Number} exists.");
        }

        var customer = await InvoiceButtons.CustomerAsync(GrainFactory, Tenant, quote.CustomerId);
        var header = quote.Header with { SaleDate = await TodayAsync() };
        return await StartAsync(quote.CustomerId, InvoiceType.Invoice, header, customer, [.. quote.Lines], quote.QuoteId);
    }

    public async Task<InvoiceDetails> CreateFromRecurringAsync(RecurringCopy copy)
    {
        if (State.Exists)
        {
            return State.RecurringInvoiceId == copy.RecurringInvoiceId && State.RecurringOccurrence == copy.Occurrence
                ? Details
                : throw SecurityTraxException.Conflict($"Invoice {Number} exists.");
        }

        var customer = await InvoiceButtons.CustomerAsync(GrainFactory, Tenant, copy.CustomerId);
        (State.RecurringInvoiceId, State.RecurringOccurrence) = (copy.RecurringInvoiceId, copy.Occurrence);
        if (copy.NotifyUserId is { } user)
        {
            InvoiceNotices.Generated(State.Outbox, Now, user, Number, copy, customer.DisplayName);
        }

        var details = await StartAsync(copy.CustomerId, InvoiceType.Invoice, copy.Header, customer, [.. copy.Lines], null);

        // Made by the billing run at night, looked at days later: a billing day would otherwise hold every new invoice in memory.
        DeactivateOnIdle();
        return details;
    }

    public async Task<EquipmentRow[]> ConvertEquipmentAsync()
    {
        var lines = InvoiceDocument.EquipmentNotBroughtOver(State);
        if (lines.Length == 0)
        {
            return [];
        }

        // The customer keeps a marker per (invoice, line): a crash before this save brings nothing over twice.
        var rows = await InvoiceButtons.Equipment(GrainFactory, Tenant, State)
            .AddInvoicedAsync(Number, [.. lines.Select(l => new InvoicedEquipment(l.Id, l.ItemId, l.Description, (int)l.Quantity))]);
        var now = Now;
        State.ConvertedLineIds.AddRange(lines.Select(l => l.Id));
        History(now).Add(Entity, Id, "equipment_added", "lines", null, string.Join(",", lines.Select(l => l.Id)));
        await CommitAsync(now);
        return rows;
    }

    public async Task DeleteAsync(int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        InvoiceDocument.EnsureDeletable(State, Number);
        var now = Now;
        State.Deleted = true;
        History(now).Add(Entity, Id, "deleted");
        GiveBackLater(State.Lines);
        await CommitAsync(now);
        await GiveBackAsync();
    }

    public async Task<InvoiceDetails> VoidAsync(int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        InvoiceDocument.EnsureNotFrozen(State, Number);
        EnsureType(InvoiceType.Invoice, InvoiceType.CreditMemo);
        if (State.Type == InvoiceType.CreditMemo && State.Applications.Count > 0)
        {
            // Refused rather than unwound: taking credit back silently would make paid invoices due again (docs/decisions.md).
            throw SecurityTraxException.Conflict(
                $"{Name} gave credit to invoice {string.Join(", ", State.Applications.Select(a => a.OtherId).Distinct())}; void those invoices first, which gives the credit back.");
        }

        var now = Now;
        var status = InvoiceDocument.Status(State);
        State.Voided = true;
        var history = History(now);
        history.Add(Entity, Id, "voided", "status", InvoiceRow.Name(status), InvoiceRow.Name(InvoiceStatus.Void));
        TakeBackApplications(history);
        GiveBackLater(State.Lines);
        var details = await CommitAsync(now);
        await GiveBackAsync();
        await ReturnAsync();
        return details;
    }
}
