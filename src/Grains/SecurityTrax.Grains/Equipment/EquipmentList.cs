using System.Globalization;
using SecurityTrax.Catalog;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Outbox;

namespace SecurityTrax.Equipment;

/// <summary>The rules of a customer's equipment rows, applied to its state; each change is recorded in history.</summary>
public static class EquipmentList
{
    public const int MaxRows = 500;
    public const int MaxQuantity = 999;
    private const string Entity = "equipment";

    /// <summary>Checks an input against the catalogue; <paramref name="current"/> is the row being edited, if any.</summary>
    public static EquipmentInput Normalize(EquipmentInput input, CatalogDetails catalog, EquipmentRow? current, List<FieldError> errors)
    {
        var unchangedPiece = current is not null && input.EquipmentItemId == current.EquipmentItemId;
        if (input.EquipmentItemId is not { } pieceId)
        {
            if (!unchangedPiece)
            {
                errors.Add(new FieldError("equipmentItemId", "This field is required."));
            }
        }
        else if (!unchangedPiece && catalog.Piece(pieceId) is not { Retired: false })
        {
            errors.Add(new FieldError("equipmentItemId", $"Equipment {pieceId} is not in the catalogue."));
        }

        if (input.Quantity is < 1 or > MaxQuantity)
        {
            errors.Add(new FieldError("quantity", $"From 1 to {MaxQuantity}."));
        }

        if (input.ZoneNumber is < 1 or > 999)
        {
            errors.Add(new FieldError("zoneNumber", "From 1 to 999."));
        }

        return input with
        {
            Zone = FieldChecks.Text(errors, "zone", input.Zone, 60),
            SoldByUserId = FieldChecks.Text(errors, "soldByUserId", input.SoldByUserId, 20),
        };
    }

    public static EquipmentRow Add(
        CustomerEquipmentState state, EquipmentItem piece, EquipmentInput input, int? packageId, DateTimeOffset now, HistoryRecorder history)
    {
        if (state.Rows.Count >= MaxRows)
        {
            throw SecurityTraxException.Invalid("equipment", $"A customer has at most {MaxRows} equipment rows.");
        }

        var row = new EquipmentRow(
            ++state.LastRowId, piece.Id, piece.BillableItemId, piece.Name, input.Quantity, input.Zone, input.ZoneNumber, input.SoldByUserId,
            input.Paid, null, packageId, null, now, 1);
        state.Rows.Add(row);
        history.Changes(Entity, Id(row), "created", Fields(null, row));
        return row;
    }

    /// <summary>The edited row, or the same row when nothing changed. What a row bills cannot change while it is on an invoice.</summary>
    public static EquipmentRow Update(CustomerEquipmentState state, EquipmentRow row, EquipmentInput input, EquipmentItem? piece, HistoryRecorder history)
    {
        var updated = row with
        {
            EquipmentItemId = piece?.Id ?? row.EquipmentItemId,
            BillableItemId = piece?.BillableItemId ?? row.BillableItemId,
            Description = piece?.Name ?? row.Description,
            Quantity = input.Quantity,
            Zone = input.Zone,
            ZoneNumber = input.ZoneNumber,
            SoldByUserId = input.SoldByUserId,
            Paid = input.Paid,
        };
        if (row.InvoiceId is { } invoice && (updated.EquipmentItemId != row.EquipmentItemId || updated.Quantity != row.Quantity))
        {
            throw SecurityTraxException.Conflict($"This equipment is billed on invoice {invoice}; its equipment and quantity cannot change.");
        }

        if (!history.Changes(Entity, Id(row), "updated", Fields(row, updated)))
        {
            return row;
        }

        updated = updated with { Version = row.Version + 1 };
        state.Rows[state.Rows.IndexOf(row)] = updated;
        return updated;
    }

    public static void Remove(CustomerEquipmentState state, EquipmentRow row, HistoryRecorder history)
    {
        // Rows brought over from an invoice stay "on" it for good; only a row put on an invoice by a button blocks removal.
        if (row.InvoiceId is { } invoice && row.FromInvoiceId != invoice)
        {
            throw SecurityTraxException.Conflict($"This equipment is billed on invoice {invoice}; remove it from the invoice first.");
        }

        state.Rows.Remove(row);
        history.Changes(Entity, Id(row), "deleted", Fields(row, null));
    }

    /// <summary>Puts unpaid rows that are on no invoice on this one; returns every row now on it.</summary>
    public static EquipmentRow[] ReserveUnpaid(CustomerEquipmentState state, long invoiceId, Func<HistoryRecorder> history, out bool changed)
    {
        changed = false;
        for (var i = 0; i < state.Rows.Count; i++)
        {
            var row = state.Rows[i];
            if (!row.Paid && row.InvoiceId is null)
            {
                state.Rows[i] = row with { InvoiceId = invoiceId, Version = row.Version + 1 };
                history().Add(Entity, Id(row), "invoiced", "invoice", null, Number(invoiceId));
                changed = true;
            }
        }

        return [.. state.Rows.Where(r => r.InvoiceId == invoiceId && r.FromInvoiceId != invoiceId)];
    }

    public static bool Release(CustomerEquipmentState state, long invoiceId, int[] rowIds, Func<HistoryRecorder> history)
    {
        var changed = false;
        for (var i = 0; i < state.Rows.Count; i++)
        {
            var row = state.Rows[i];
            if (rowIds.Contains(row.Id) && row.InvoiceId == invoiceId && row.FromInvoiceId != invoiceId)
            {
                state.Rows[i] = row with { InvoiceId = null, Version = row.Version + 1 };
                history().Add(Entity, Id(row), "uninvoiced", "invoice", Number(invoiceId), null);
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>A row per line not brought over before, marked as on its invoice so no button bills it again.</summary>
    public static List<EquipmentRow> AddInvoiced(
        CustomerEquipmentState state, long invoiceId, InvoicedEquipment[] lines, CatalogDetails catalog, DateTimeOffset now, HistoryRecorder history)
    {
        var added = new List<EquipmentRow>();
        foreach (var line in lines)
        {
            if (!state.ConvertedLines.Add(InvoicedEquipmentLeft.Marker(invoiceId, line.LineId)))
            {
                continue;
            }

            // The make and model are known only when exactly one catalogue piece is billed as the line's item.
            var pieces = catalog.Equipment.Where(e => !e.Retired && e.BillableItemId == line.BillableItemId).ToArray();
            var row = new EquipmentRow(
                ++state.LastRowId, pieces.Length == 1 ? pieces[0].Id : null, line.BillableItemId, line.Description, line.Quantity,
                null, null, null, false, invoiceId, null, invoiceId, now, 1);
            state.Rows.Add(row);
            history.Changes(Entity, Id(row), "created", Fields(null, row));
            added.Add(row);
        }

        return added;
    }

    public static EquipmentRow Find(CustomerEquipmentState state, int rowId, int expectedVersion, long customer)
    {
        var row = state.Rows.FirstOrDefault(r => r.Id == rowId)
            ?? throw SecurityTraxException.NotFound($"Equipment {rowId} of customer {customer}");
        if (row.Version != expectedVersion)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, row.Version);
        }

        return row;
    }

    private static IEnumerable<(string Field, string? Old, string? New)> Fields(EquipmentRow? old, EquipmentRow? @new)
    {
        yield return ("equipment", old?.Description, @new?.Description);
        yield return ("quantity", Text(old?.Quantity), Text(@new?.Quantity));
        yield return ("zone", old?.Zone, @new?.Zone);
        yield return ("zoneNumber", Text(old?.ZoneNumber), Text(@new?.ZoneNumber));
        yield return ("soldByUserId", old?.SoldByUserId, @new?.SoldByUserId);
        yield return ("paid", old is null ? null : Flag(old.Paid), @new is null ? null : Flag(@new.Paid));
        yield return ("invoice", old?.InvoiceId is { } o ? Number(o) : null, @new?.InvoiceId is { } n ? Number(n) : null);
    }

    private static string Id(EquipmentRow row) => row.Id.ToString(CultureInfo.InvariantCulture);

    private static string Number(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";
}
