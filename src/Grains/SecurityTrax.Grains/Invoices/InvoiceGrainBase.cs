using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Tenants;

namespace SecurityTrax.Invoices;

/// <summary>The record keeping of an invoice grain: checks, history, saving with its read-model row, and giving back what it dropped.</summary>
public abstract partial class InvoiceGrainBase : OutboxGrain<InvoiceState>
{
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    protected InvoiceGrainBase(IPersistentState<InvoiceState> state, TimeProvider time, OutboxWriter outbox, ILogger logger)
        : base(state, outbox, logger)
    {
        _time = time;
        _logger = logger;
    }

    protected DateTimeOffset Now => _time.GetUtcNow();

    protected long Number => long.Parse(GrainKeys.Parse(this.GetPrimaryKeyString()).Id, CultureInfo.InvariantCulture);

    protected string Id => InvoiceKeys.Id(Number);

    protected string Entity => InvoiceDocument.Entity(State);

    protected string Name => InvoiceDocument.Name(State, Number);

    protected InvoiceDetails Details => InvoiceDocument.ToDetails(State, Number);

    private Caller Actor => CallerContext.Current ?? Caller.System(Tenant);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        await GiveBackAsync();
    }

    protected IInvoiceGrain Invoice(long number) => GrainFactory.GetGrain<IInvoiceGrain>(GrainKeys.For(Tenant, InvoiceKeys.Id(number)));

    protected HistoryRecorder History(DateTimeOffset now) =>
        State.Outbox.HistoryOf(Actor, now, "customer", State.CustomerId.ToString(CultureInfo.InvariantCulture));

    protected async Task<DateOnly> TodayAsync() =>
        TenantClock.Today(_time, (await GrainFactory.GetGrain<ITenantSettingsGrain>(GrainKeys.For(Tenant, ITenantSettingsGrain.Id)).GetAsync()).TimeZone);

    /// <summary>Applies the header; true when something changed. The due date follows sale date and term.</summary>
    protected bool SetHeader(InvoiceHeader header, HistoryRecorder history, string action)
    {
        var saleDate = header.SaleDate!.Value;
        var fields = InvoiceChanges.Header(State.Exists && action != "created" ? State : null, header, saleDate, PaymentTerms.DueDate(State.Type, header.Term, saleDate));
        if (!history.Changes(Entity, Id, action, fields))
        {
            return false;
        }

        (State.SaleDate, State.Term, State.PoNumber, State.Note) = (saleDate, header.Term, header.PoNumber, header.Note);
        return true;
    }

    /// <summary>Keeps the customer's name and addresses as of this change, for the printout and the lists.</summary>
    protected void Describe(CustomerDetails customer) =>
        (State.CustomerName, State.BillingAddress, State.ServiceAddress) =
            (customer.DisplayName, customer.Profile.BillingAddress ?? customer.Profile.ServiceAddress, customer.Profile.ServiceAddress);

    protected async Task<InvoiceDetails> AddLinesAsync(List<InvoiceLine> lines, CustomerDetails? customer)
    {
        var now = Now;
        var before = InvoiceDocument.Totals(State);
        await AttachAsync(lines);
        var history = History(now);
        InvoiceDocument.AddLines(State, lines, Number, history);
        State.LastLineId = Math.Max(State.LastLineId, lines.Max(l => l.Id));
        if (customer is not null)
        {
            Describe(customer);
        }

        TotalChanged(history, before);
        return await CommitAsync(now);
    }

    /// <summary>Makes the document: the customer learns of it first, so it can be found from the customer.</summary>
    protected async Task<InvoiceDetails> StartAsync(
        long customerId, InvoiceType type, InvoiceHeader header, CustomerDetails customer, List<InvoiceLine> lines, long? quoteId)
    {
        // The customer learns of the invoice first; one that then fails to save is skipped wherever the customer lists it.
        State.CustomerId = customerId;
        await AttachAsync(lines);
        var now = Now;
        (State.Exists, State.Type, State.QuoteId, State.CreatedAt) = (true, type, quoteId, now);
        Describe(customer);
        var history = History(now);
        if (quoteId is { } quote)
        {
            history.Add(Entity, Id, "created", "quote", null, InvoiceKeys.Id(quote));
        }

        if (State.RecurringInvoiceId is { } recurring)
        {
            history.Add(Entity, Id, "generated", "recurringInvoice", null, $"{recurring} #{State.RecurringOccurrence}");
        }

        SetHeader(header, history, "created");
        InvoiceDocument.AddLines(State, lines, Number, history);
        State.LastLineId = lines.Count == 0 ? 0 : lines.Max(l => l.Id);
        TotalChanged(history, null);
        return await CommitAsync(now);
    }

    /// <summary>
    /// The customer's equipment lists the invoices that may carry equipment lines. An invoice a recurring invoice makes
    /// without any skips that call (one write fewer per generated invoice) until an equipment line is added to it.
    /// </summary>
    private async Task AttachAsync(IReadOnlyCollection<InvoiceLine> lines)
    {
        var skip = State.RecurringInvoiceId is not null && lines.All(l => l.Kind != Catalog.BillableItemKind.Equipment);
        if (skip && !State.Exists)
        {
            State.Unattached = true;
        }
        else if (!State.Exists || (State.Unattached && !skip))
        {
            await InvoiceButtons.Equipment(GrainFactory, Tenant, State).AttachInvoiceAsync(Number);
            State.Unattached = false;
        }
    }

    protected async Task<LinesAdded> ButtonAsync(List<InvoiceLine> lines, string? reason) =>
        lines.Count == 0
            ? new LinesAdded(Details, [], reason)
            : new LinesAdded(await AddLinesAsync(lines, null), [.. lines.Select(l => l.Id)], null);

    protected void EnsureButton(int? expectedVersion, params InvoiceType[] types)
    {
        EnsureType(types);
        ExpectedVersion.Check(expectedVersion, State.Version);
        InvoiceDocument.EnsureLinesCanChange(State, Number);
    }

    protected void TotalChanged(HistoryRecorder history, InvoiceTotals? before)
    {
        var after = InvoiceDocument.Totals(State);
        if (before?.GrandTotal != after.GrandTotal)
        {
            history.Add(Entity, Id, "total_changed", "grandTotal", before is null ? null : InvoiceChanges.Money(before.GrandTotal), InvoiceChanges.Money(after.GrandTotal));
        }
    }

    protected async Task<InvoiceDetails> CommitAsync(DateTimeOffset now)
    {
        State.Version++;
        State.UpdatedAt = now;
        State.Outbox.Project(InvoiceRow.Kind, Id, State.Version, JsonSerializer.Serialize(InvoiceDocument.ToRow(State, Number)));
        await SaveAsync();
        return Details;
    }

    /// <summary>Notes equipment rows and the activation fee the invoice no longer bills; they are given back after the save.</summary>
    protected void GiveBackLater(IEnumerable<InvoiceLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.EquipmentRowId is { } row)
            {
                State.ReleaseRowIds.Add(row);
            }

            State.ReleaseActivationFee |= line.Source == LineSource.ActivationFee;
        }
    }

    /// <summary>
    /// Gives dropped claims back to the customer. The invoice is saved first, so a crash in between leaves a claim
    /// the invoice no longer uses (given back on the next activation) and never one that two invoices bill.
    /// </summary>
    protected async Task GiveBackAsync()
    {
        if (State.ReleaseRowIds.Count == 0 && !State.ReleaseActivationFee)
        {
            return;
        }

        try
        {
            await InvoiceButtons.Equipment(GrainFactory, Tenant, State).ReleaseAsync(Number, [.. State.ReleaseRowIds], State.ReleaseActivationFee);
            State.ReleaseRowIds.Clear();
            State.ReleaseActivationFee = false;
            await SaveAsync();
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            LogGiveBackFailed(_logger, e, this.GetPrimaryKeyString());
        }
    }

    protected void EnsureLive()
    {
        if (!State.Exists || State.Deleted)
        {
            throw SecurityTraxException.NotFound($"Invoice {Number}");
        }
    }

    protected void EnsureVersion(int expected)
    {
        EnsureLive();
        if (expected != State.Version)
        {
            throw SecurityTraxException.StaleVersion(expected, State.Version);
        }
    }

    protected void EnsureType(params InvoiceType[] types)
    {
        EnsureLive();
        if (!types.Contains(State.Type))
        {
            var kinds = types.Select(t => t == InvoiceType.CreditMemo ? "credit memos" : InvoiceChanges.Entity(t) + "s");
            throw SecurityTraxException.Conflict($"{Name}: only {string.Join(" and ", kinds)} take this.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Giving equipment back from {Invoice} failed; retried on its next activation")]
    private static partial void LogGiveBackFailed(ILogger logger, Exception exception, string invoice);
}
