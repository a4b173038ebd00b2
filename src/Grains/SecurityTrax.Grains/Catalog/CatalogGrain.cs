using SecurityTrax.Errors;
using SecurityTrax.Persistence;

namespace SecurityTrax.Catalog;

public sealed class CatalogGrain(
    [PersistentState(StorageNames.Catalog, StorageNames.Main)] IPersistentState<CatalogState> catalog) : Grain, ICatalogGrain
{
    private CatalogState State => catalog.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // The buttons bill the activation fee and monitoring as catalogue items, so every catalogue starts with one of each.
        // They are stored with the first change; until then every activation seeds the same ids.
        if (!State.Seeded)
        {
            State.Seeded = true;
            State.Items.Add(new BillableItem(++State.LastItemId, "Activation fee", null, 0m, false, BillableItemKind.ActivationFee, false, 1));
            State.Items.Add(new BillableItem(++State.LastItemId, "Monthly monitoring", null, 0m, false, BillableItemKind.Monitoring, false, 1));
        }

        return base.OnActivateAsync(cancellationToken);
    }

    public Task<CatalogDetails> GetAsync() =>
        Task.FromResult(new CatalogDetails([.. State.Items], [.. State.Equipment], [.. State.Packages], [.. State.TaxRates.OrderBy(t => t.State, StringComparer.Ordinal)]));

    public async Task<BillableItem> AddItemAsync(BillableItemInput item)
    {
        var clean = CatalogRules.Normalize(item, State, null);
        var added = new BillableItem(++State.LastItemId, clean.Name, clean.Description, clean.UnitPrice, clean.Taxable, clean.Kind, false, 1);
        State.Items.Add(added);
        await catalog.WriteStateAsync();
        return added;
    }

    public async Task<BillableItem> UpdateItemAsync(int itemId, BillableItemInput item, int expectedVersion)
    {
        var at = Find(State.Items, i => i.Id == itemId && !i.Retired, i => i.Version, expectedVersion, $"Item {itemId}");
        var clean = CatalogRules.Normalize(item, State, itemId);
        var current = State.Items[at];
        var updated = current with
        {
            Name = clean.Name, Description = clean.Description, UnitPrice = clean.UnitPrice, Taxable = clean.Taxable, Kind = clean.Kind,
        };
        if (updated == current)
        {
            return current;
        }

        State.Items[at] = updated with { Version = current.Version + 1 };
        await catalog.WriteStateAsync();
        return State.Items[at];
    }

    public async Task RetireItemAsync(int itemId, int expectedVersion)
    {
        var at = Find(State.Items, i => i.Id == itemId && !i.Retired, i => i.Version, expectedVersion, $"Item {itemId}");
        if (State.Equipment.FirstOrDefault(e => !e.Retired && e.BillableItemId == itemId) is { } piece)
        {
            throw SecurityTraxException.Conflict($"{piece.Name} is billed as this item; remove that equipment first.");
        }

        State.Items[at] = State.Items[at] with { Retired = true, Version = State.Items[at].Version + 1 };
        await catalog.WriteStateAsync();
    }

    public async Task<EquipmentItem> AddEquipmentAsync(EquipmentItemInput equipment)
    {
        var clean = CatalogRules.Normalize(equipment, State, null);
        var added = new EquipmentItem(++State.LastEquipmentId, clean.Make, clean.Model, clean.BillableItemId, false, 1);
        State.Equipment.Add(added);
        await catalog.WriteStateAsync();
        return added;
    }

    public async Task<EquipmentItem> UpdateEquipmentAsync(int equipmentId, EquipmentItemInput equipment, int expectedVersion)
    {
        var at = Find(State.Equipment, e => e.Id == equipmentId && !e.Retired, e => e.Version, expectedVersion, $"Equipment {equipmentId}");
        var clean = CatalogRules.Normalize(equipment, State, equipmentId);
        var current = State.Equipment[at];
        var updated = current with { Make = clean.Make, Model = clean.Model, BillableItemId = clean.BillableItemId };
        if (updated == current)
        {
            return current;
        }

        State.Equipment[at] = updated with { Version = current.Version + 1 };
        await catalog.WriteStateAsync();
        return State.Equipment[at];
    }

    public async Task RetireEquipmentAsync(int equipmentId, int expectedVersion)
    {
        var at = Find(State.Equipment, e => e.Id == equipmentId && !e.Retired, e => e.Version, expectedVersion, $"Equipment {equipmentId}");
        if (State.Packages.FirstOrDefault(p => !p.Retired && p.Pieces.Any(piece => piece.EquipmentItemId == equipmentId)) is { } package)
        {
            throw SecurityTraxException.Conflict($"Package '{package.Name}' holds this equipment; change that package first.");
        }

        State.Equipment[at] = State.Equipment[at] with { Retired = true, Version = State.Equipment[at].Version + 1 };
        await catalog.WriteStateAsync();
    }

    public async Task<EquipmentPackage> AddPackageAsync(EquipmentPackageInput package)
    {
        var clean = CatalogRules.Normalize(package, State, null);
        var added = new EquipmentPackage(++State.LastPackageId, clean.Name, clean.Pieces, false, 1);
        State.Packages.Add(added);
        await catalog.WriteStateAsync();
        return added;
    }

    public async Task<EquipmentPackage> UpdatePackageAsync(int packageId, EquipmentPackageInput package, int expectedVersion)
    {
        var at = Find(State.Packages, p => p.Id == packageId && !p.Retired, p => p.Version, expectedVersion, $"Package {packageId}");
        var clean = CatalogRules.Normalize(package, State, packageId);
        var current = State.Packages[at];
        if (current.Name == clean.Name && current.Pieces.SequenceEqual(clean.Pieces))
        {
            return current;
        }

        State.Packages[at] = current with { Name = clean.Name, Pieces = clean.Pieces, Version = current.Version + 1 };
        await catalog.WriteStateAsync();
        return State.Packages[at];
    }

    public async Task RetirePackageAsync(int packageId, int expectedVersion)
    {
        var at = Find(State.Packages, p => p.Id == packageId && !p.Retired, p => p.Version, expectedVersion, $"Package {packageId}");
        State.Packages[at] = State.Packages[at] with { Retired = true, Version = State.Packages[at].Version + 1 };
        await catalog.WriteStateAsync();
    }

    public async Task<StateTaxRate> AddTaxRateAsync(string state, decimal rate)
    {
        var (code, clean) = CatalogRules.TaxRate(state, rate);
        if (State.TaxRates.Any(t => t.State == code))
        {
            throw SecurityTraxException.Conflict($"{code} has a tax rate; change it instead.");
        }

        var added = new StateTaxRate(code, clean, 1);
        State.TaxRates.Add(added);
        await catalog.WriteStateAsync();
        return added;
    }

    public async Task<StateTaxRate> UpdateTaxRateAsync(string state, decimal rate, int expectedVersion)
    {
        var (code, clean) = CatalogRules.TaxRate(state, rate);
        var at = Find(State.TaxRates, t => t.State == code, t => t.Version, expectedVersion, $"The tax rate of {code}");
        if (State.TaxRates[at].Rate == clean)
        {
            return State.TaxRates[at];
        }

        State.TaxRates[at] = State.TaxRates[at] with { Rate = clean, Version = State.TaxRates[at].Version + 1 };
        await catalog.WriteStateAsync();
        return State.TaxRates[at];
    }

    public async Task RemoveTaxRateAsync(string state, int expectedVersion)
    {
        var code = (state ?? "").Trim().ToUpperInvariant();
        var at = Find(State.TaxRates, t => t.State == code, t => t.Version, expectedVersion, $"The tax rate of {code}");
        State.TaxRates.RemoveAt(at);
        await catalog.WriteStateAsync();
    }

    private static int Find<T>(List<T> entries, Predicate<T> match, Func<T, int> version, int expectedVersion, string what)
    {
        var at = entries.FindIndex(match);
        if (at < 0)
        {
            throw SecurityTraxException.NotFound(what);
        }

        if (version(entries[at]) != expectedVersion)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, version(entries[at]));
        }

        return at;
    }
}
