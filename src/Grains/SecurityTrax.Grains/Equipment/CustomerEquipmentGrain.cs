using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Catalog;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Persistence;

namespace SecurityTrax.Equipment;

public sealed class CustomerEquipmentGrain(
    [PersistentState(StorageNames.CustomerEquipment, StorageNames.Main)] IPersistentState<CustomerEquipmentState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    OutboxWriter outbox,
    ILogger<CustomerEquipmentGrain> logger)
    : OutboxGrain<CustomerEquipmentState>(state, outbox, logger), ICustomerEquipmentGrain
{
    private long CustomerId => long.Parse(GrainKeys.Parse(this.GetPrimaryKeyString()).Id, CultureInfo.InvariantCulture);

    private Caller Actor => CallerContext.Current ?? Caller.System(Tenant);

    private ICustomerGrain Customer => GrainFactory.GetGrain<ICustomerGrain>(this.GetPrimaryKeyString());

    private ICatalogGrain Catalog => GrainFactory.GetGrain<ICatalogGrain>(GrainKeys.For(Tenant, ICatalogGrain.Id));

    public async Task<EquipmentRow[]> ListAsync()
    {
        await Customer.GetAsync(false);
        return [.. State.Rows];
    }

    public async Task<EquipmentRow> AddAsync(EquipmentInput equipment)
    {
        await Customer.GetAsync(false);
        var catalog = await Catalog.GetAsync();
        var errors = new List<FieldError>();
        var clean = EquipmentList.Normalize(equipment, catalog, null, errors);
        await CompanyUsers.CheckAsync(GrainFactory, Tenant, clean.SoldByUserId, null, "soldByUserId", errors);
        SecurityTraxException.ThrowIfAny(errors);

        var now = time.GetUtcNow();
        var row = EquipmentList.Add(State, catalog.Piece(clean.EquipmentItemId!.Value)!, clean, null, now, History(now));
        await SaveAsync();
        return row;
    }

    public async Task<EquipmentRow[]> AddPackageAsync(int packageId, string? soldByUserId)
    {
        await Customer.GetAsync(false);
        var catalog = await Catalog.GetAsync();
        var package = catalog.Packages.FirstOrDefault(p => p.Id == packageId && !p.Retired)
            ?? throw SecurityTraxException.Invalid("packageId", $"Package {packageId} is not in the catalogue.");
        var errors = new List<FieldError>();
        var soldBy = FieldChecks.Text(errors, "soldByUserId", soldByUserId, 20);
        await CompanyUsers.CheckAsync(GrainFactory, Tenant, soldBy, null, "soldByUserId", errors);
        SecurityTraxException.ThrowIfAny(errors);
        if (State.Rows.Count + package.Pieces.Length > EquipmentList.MaxRows)
        {
            throw SecurityTraxException.Invalid("packageId", $"A customer has at most {EquipmentList.MaxRows} equipment rows.");
        }

        var now = time.GetUtcNow();
        var history = History(now);
        var rows = package.Pieces
            .Select(p => EquipmentList.Add(State, catalog.Piece(p.EquipmentItemId)!, new EquipmentInput(p.EquipmentItemId, p.Quantity, null, null, soldBy, false), package.Id, now, history))
            .ToArray();
        await SaveAsync();
        return rows;
    }

    public async Task<EquipmentRow> UpdateAsync(int rowId, EquipmentInput equipment, int expectedVersion)
    {
        await Customer.GetAsync(false);
        var row = EquipmentList.Find(State, rowId, expectedVersion, CustomerId);
        var catalog = await Catalog.GetAsync();
        var errors = new List<FieldError>();
        var clean = EquipmentList.Normalize(equipment, catalog, row, errors);
        await CompanyUsers.CheckAsync(GrainFactory, Tenant, clean.SoldByUserId, row.SoldByUserId, "soldByUserId", errors);
        SecurityTraxException.ThrowIfAny(errors);

        var now = time.GetUtcNow();
        var piece = clean.EquipmentItemId is { } id && id != row.EquipmentItemId ? catalog.Piece(id) : null;
        var updated = EquipmentList.Update(State, row, clean, piece, History(now));
        if (!ReferenceEquals(updated, row))
        {
            await SaveAsync();
        }

        return updated;
    }

    public async Task RemoveAsync(int rowId, int expectedVersion)
    {
        await Customer.GetAsync(false);
        var row = EquipmentList.Find(State, rowId, expectedVersion, CustomerId);
        var now = time.GetUtcNow();
        EquipmentList.Remove(State, row, History(now));
        await SaveAsync();
    }

    public async Task AttachInvoiceAsync(long invoiceId)
    {
        if (!State.InvoiceIds.Contains(invoiceId))
        {
            State.InvoiceIds.Add(invoiceId);
            await SaveAsync();
        }
    }

    public Task<long[]> InvoiceIdsAsync() => Task.FromResult(State.InvoiceIds.ToArray());

    public async Task<EquipmentRow[]> ReserveUnpaidAsync(long invoiceId)
    {
        var now = time.GetUtcNow();
        var rows = EquipmentList.ReserveUnpaid(State, invoiceId, () => History(now), out var changed);
        if (changed)
        {
            await SaveAsync();
        }

        return rows;
    }

    public async Task<ActivationFeeClaim> ClaimActivationFeeAsync(long invoiceId)
    {
        var profile = (await Customer.GetAsync(false)).Profile;
        if (State.ActivationFeeInvoiceId == invoiceId)
        {
            return new ActivationFeeClaim(profile.ActivationFee, null);
        }

        var refusal = profile switch
        {
            { ActivationFeePaid: true } => "The activation fee is paid.",
            { ActivationFee: 0 } => "The customer has no activation fee.",
            _ when State.ActivationFeeInvoiceId is { } other => $"The activation fee is on invoice {other}.",
            _ => null,
        };
        if (refusal is not null)
        {
            return new ActivationFeeClaim(0m, refusal);
        }

        var now = time.GetUtcNow();
        State.ActivationFeeInvoiceId = invoiceId;
        History(now).Add("customer", Id, "invoiced", "activationFee", null, invoiceId.ToString(CultureInfo.InvariantCulture));
        await SaveAsync();
        return new ActivationFeeClaim(profile.ActivationFee, null);
    }

    public Task<long?> ActivationFeeInvoiceAsync() => Task.FromResult(State.ActivationFeeInvoiceId);

    public async Task ReleaseAsync(long invoiceId, int[] rowIds, bool activationFee)
    {
        var now = time.GetUtcNow();
        var changed = EquipmentList.Release(State, invoiceId, rowIds ?? [], () => History(now));
        if (activationFee && State.ActivationFeeInvoiceId == invoiceId)
        {
            State.ActivationFeeInvoiceId = null;
            History(now).Add("customer", Id, "uninvoiced", "activationFee", invoiceId.ToString(CultureInfo.InvariantCulture), null);
            changed = true;
        }

        if (changed)
        {
            await SaveAsync();
        }
    }

    public async Task<EquipmentRow[]> AddInvoicedAsync(long invoiceId, InvoicedEquipment[] lines)
    {
        var customer = await Customer.GetAsync(false);
        if (customer.Stage != CustomerStage.Customer)
        {
            throw SecurityTraxException.Conflict($"{customer.DisplayName} is a lead; invoiced equipment is brought over once the lead is a customer.");
        }

        var now = time.GetUtcNow();
        var added = EquipmentList.AddInvoiced(State, invoiceId, lines ?? [], await Catalog.GetAsync(), now, History(now));
        if (added.Count > 0)
        {
            await SaveAsync();
        }

        return [.. added];
    }

    public Task<string[]> ConvertedLinesAsync() => Task.FromResult<string[]>([.. State.ConvertedLines]);

    private string Id => CustomerId.ToString(CultureInfo.InvariantCulture);

    private HistoryRecorder History(DateTimeOffset now) => State.Outbox.HistoryOf(Actor, now, "customer", Id);
}
