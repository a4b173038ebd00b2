using System.Globalization;
using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Forms;

/// <summary>
/// The invoice as the user types it, apart from the stored invoice, so a failed save or a 412 keeps every row. The
/// subtotal follows the typing; tax and the grand total are the API's and are shown after a save.
/// </summary>
public sealed class InvoiceForm
{
    public string? SaleDate { get; set; } = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public string Term { get; set; } = "due_on_receipt";
    public string? PoNumber { get; set; }
    public string? Note { get; set; }
    public List<InvoiceRow> Rows { get; set; } = [new()];

    public decimal SubTotal => Rows.Sum(r => r.Amount ?? 0);

    public static InvoiceForm From(Invoice invoice) => new()
    {
        SaleDate = invoice.SaleDate,
        Term = invoice.Term,
        PoNumber = invoice.PoNumber,
        Note = invoice.Note,
        Rows =
        [
            .. invoice.Lines.Select(l => new InvoiceRow
            {
                LineId = l.Id,
                ItemId = l.ItemId.ToString(CultureInfo.InvariantCulture),
                Quantity = l.Quantity.ToString("0.##", CultureInfo.InvariantCulture),
                UnitPrice = InvoiceRow.Money(l.UnitPrice),
            }),
        ],
    };

    public InvoiceHeaderInput Header() => new(AddressForm.Clean(SaleDate), Term, AddressForm.Clean(PoNumber), AddressForm.Clean(Note));

    /// <summary>Every row as the API takes it (a row with no item is sent too: the API names it), or the fields that are not numbers.</summary>
    public (InvoiceLineInput[]? Lines, Problem? Problem) Lines()
    {
        var errors = new Dictionary<string, string[]>();
        var lines = Rows.Select((row, i) => new InvoiceLineInput(
            int.TryParse(row.ItemId, NumberStyles.None, CultureInfo.InvariantCulture, out var item) ? item : null,
            TypedMoney.Read(row.Quantity, $"lines[{i}].quantity", errors), null, TypedMoney.Read(row.UnitPrice, $"lines[{i}].unitPrice", errors))).ToArray();
        return errors.Count > 0 ? (null, new Problem(null, "One or more fields are invalid.", 400, null, errors)) : (lines, null);
    }
}
