using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Invoices;

namespace SecurityTrax.Catalog;

/// <summary>Validates and normalises catalogue entries against the rest of the catalogue.</summary>
public static class CatalogRules
{
    public const int MaxPieces = 50;
    public const int MaxPieceQuantity = 999;

    public static BillableItemInput Normalize(BillableItemInput item, CatalogState state, int? itemId)
    {
        var errors = new List<FieldError>();
        var name = FieldChecks.Text(errors, "name", item.Name, 80, required: true) ?? "";
        if (state.Items.Any(i => i.Id != itemId && !i.Retired && string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new FieldError("name", $"The catalogue has an item named '{name}'."));
        }

        if (!Enum.IsDefined(item.Kind))
        {
            errors.Add(new FieldError("kind", "Use equipment, labour, service, activation_fee or monitoring."));
        }
        else if (item.Kind != BillableItemKind.Equipment && itemId is { } id && state.Equipment.Any(e => !e.Retired && e.BillableItemId == id))
        {
            errors.Add(new FieldError("kind", "Equipment is billed as this item; it stays of kind equipment."));
        }

        var clean = new BillableItemInput(
            name, FieldChecks.Text(errors, "description", item.Description, 500), MoneyChecks.Money(errors, "unitPrice", item.UnitPrice),
            item.Taxable, item.Kind);
        SecurityTraxException.ThrowIfAny(errors);
        return clean;
    }

    public static EquipmentItemInput Normalize(EquipmentItemInput equipment, CatalogState state, int? equipmentId)
    {
        var errors = new List<FieldError>();
        var make = FieldChecks.Text(errors, "make", equipment.Make, 60, required: true) ?? "";
        var model = FieldChecks.Text(errors, "model", equipment.Model, 60, required: true) ?? "";
        var item = state.Items.FirstOrDefault(i => i.Id == equipment.BillableItemId && !i.Retired);
        if (item is null)
        {
            errors.Add(new FieldError("billableItemId", $"Item {equipment.BillableItemId} is not in the catalogue."));
        }
        else if (item.Kind != BillableItemKind.Equipment)
        {
            errors.Add(new FieldError("billableItemId", $"'{item.Name}' is not an equipment item."));
        }

        if (state.Equipment.Any(e => e.Id != equipmentId && !e.Retired
                && string.Equals(e.Make, make, StringComparison.OrdinalIgnoreCase) && string.Equals(e.Model, model, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new FieldError("model", $"The catalogue has {make} {model}."));
        }

        SecurityTraxException.ThrowIfAny(errors);
        return new EquipmentItemInput(make, model, equipment.BillableItemId);
    }

    public static EquipmentPackageInput Normalize(EquipmentPackageInput package, CatalogState state, int? packageId)
    {
        var errors = new List<FieldError>();
        var name = FieldChecks.Text(errors, "name", package.Name, 80, required: true) ?? "";
        if (state.Packages.Any(p => p.Id != packageId && !p.Retired && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new FieldError("name", $"The catalogue has a package named '{name}'."));
        }

        var pieces = package.Pieces ?? [];
        if (pieces.Length is 0 or > MaxPieces)
        {
            errors.Add(new FieldError("pieces", $"A package holds 1–{MaxPieces} pieces of equipment."));
        }

        for (var i = 0; i < pieces.Length; i++)
        {
            if (!state.Equipment.Any(e => e.Id == pieces[i].EquipmentItemId && !e.Retired))
            {
                errors.Add(new FieldError($"pieces[{i}].equipmentItemId", $"Equipment {pieces[i].EquipmentItemId} is not in the catalogue."));
            }

            if (pieces[i].Quantity is < 1 or > MaxPieceQuantity)
            {
                errors.Add(new FieldError($"pieces[{i}].quantity", $"From 1 to {MaxPieceQuantity}."));
            }
        }

        if (pieces.Select(p => p.EquipmentItemId).Distinct().Count() != pieces.Length)
        {
            errors.Add(new FieldError("pieces", "Name each piece of equipment once, with its quantity."));
        }

        SecurityTraxException.ThrowIfAny(errors);
        return new EquipmentPackageInput(name, pieces);
    }

    public static (string State, decimal Rate) TaxRate(string state, decimal rate)
    {
        var errors = new List<FieldError>();
        var code = (state ?? "").Trim().ToUpperInvariant();
        if (!UsStates.Codes.Contains(code))
        {
            errors.Add(new FieldError("state", $"'{state}' is not a US state code (for example CO)."));
        }

        MoneyChecks.TaxRate(errors, "rate", rate);
        SecurityTraxException.ThrowIfAny(errors);
        return (code, rate);
    }
}
