using SecurityTrax.Catalog;
using SecurityTrax.Customers;
using SecurityTrax.Equipment;
using SecurityTrax.Errors;

namespace SecurityTrax.Invoices;

/// <summary>Builds invoice lines from input, equipment rows and the buttons, with catalogue defaults and the customer's tax rate.</summary>
public static class InvoiceLines
{
    public const int MaxLines = 200;

    /// <summary>Exempt → 0; otherwise the customer's override, else the rate of its service (or billing) state.</summary>
    public static decimal TaxRateFor(CustomerProfile customer, CatalogDetails catalog) =>
        customer.TaxExempt ? 0m : customer.TaxRateOverride ?? catalog.RateOf(customer.ServiceAddress?.State ?? customer.BillingAddress?.State);

    /// <summary>A typed line; an edited line keeps its source and may keep an item retired since it was added.</summary>
    public static InvoiceLine Build(
        int id, InvoiceLineInput input, CatalogDetails catalog, decimal customerRate, InvoiceLine? current, string prefix, List<FieldError> errors)
    {
        var item = catalog.Item(input.ItemId);
        if (item is null || (item.Retired && current?.ItemId != item.Id))
        {
            errors.Add(new FieldError(prefix + "itemId", $"Item {input.ItemId} is not in the catalogue."));
        }
        else if (current is { Source: not LineSource.Manual } && current.ItemId != item.Id)
        {
            errors.Add(new FieldError(prefix + "itemId", "This line was added by a button; its item cannot change."));
        }

        var quantity = MoneyChecks.Quantity(errors, prefix + "quantity", input.Quantity);
        if (item?.Kind == BillableItemKind.Equipment && quantity != decimal.Truncate(quantity))
        {
            errors.Add(new FieldError(prefix + "quantity", "Equipment is counted in whole pieces."));
        }

        var price = input.UnitPrice is { } p ? MoneyChecks.Money(errors, prefix + "unitPrice", p) : item?.UnitPrice ?? 0m;
        var rate = input.TaxRate is { } r ? MoneyChecks.TaxRate(errors, prefix + "taxRate", r) : item?.Taxable == true ? customerRate : 0m;
        var description = FieldChecks.Text(errors, prefix + "description", input.Description, 500) ?? item?.LineDescription ?? "";
        return Line(id, item?.Id ?? input.ItemId, item?.Kind ?? BillableItemKind.Service, description, quantity, price, rate,
            current?.Source ?? LineSource.Manual, current?.EquipmentRowId);
    }

    /// <summary>A line for an equipment row, priced from the catalogue item the equipment is billed as.</summary>
    public static InvoiceLine ForRow(int id, EquipmentRow row, CatalogDetails catalog, decimal customerRate)
    {
        var item = catalog.Item(row.BillableItemId);
        var description = row.Zone is null ? row.Description : $"{row.Description} ({row.Zone})";
        return Line(id, row.BillableItemId, BillableItemKind.Equipment, description, row.Quantity, item?.UnitPrice ?? 0m,
            item?.Taxable == true ? customerRate : 0m, LineSource.Equipment, row.Id);
    }

    /// <summary>One of the customer's charges (activation fee, monthly monitoring) at the customer's own price.</summary>
    public static InvoiceLine ForCharge(int id, BillableItem item, decimal price, decimal customerRate, LineSource source) =>
        Line(id, item.Id, item.Kind, item.LineDescription, 1m, price, item.Taxable ? customerRate : 0m, source, null);

    /// <summary>The first item of a kind the catalogue still offers.</summary>
    public static BillableItem ItemOfKind(CatalogDetails catalog, BillableItemKind kind) =>
        catalog.Items.FirstOrDefault(i => i.Kind == kind && !i.Retired)
        ?? throw SecurityTraxException.Conflict($"The catalogue has no {kind} item; an admin adds one first.");

    private static InvoiceLine Line(
        int id, int itemId, BillableItemKind kind, string description, decimal quantity, decimal price, decimal rate, LineSource source, int? rowId)
    {
        var amount = InvoiceMath.LineAmount(quantity, price);
        return new InvoiceLine(id, itemId, kind, description, quantity, price, amount, rate, InvoiceMath.LineTax(amount, rate), source, rowId);
    }
}
