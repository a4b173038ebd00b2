using SecurityTrax.Web.Api;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Forms;

/// <summary>
/// Saves the editor's form: a new invoice in one create; a stored one as its header and then only the rows that
/// changed, each call taking the ETag the previous one answered. A line's refusal is named after its row
/// (<c>lines[2].quantity</c>), so it shows next to the row's input.
/// </summary>
public sealed class InvoiceSaver(ApiClient api)
{
    public Task<ApiResult<Invoice>> CreateAsync(long customerId, InvoiceForm form, InvoiceLineInput[] lines, string idempotencyKey) =>
        api.PostAsync<Invoice>(
            $"api/v1/customers/{customerId}/invoices",
            new NewInvoice("invoice", AddressForm.Clean(form.SaleDate), form.Term, AddressForm.Clean(form.PoNumber), AddressForm.Clean(form.Note), lines),
            idempotencyKey: idempotencyKey);

    public async Task<ApiResult<Invoice>> UpdateAsync(Invoice stored, string etag, InvoiceForm form, InvoiceLineInput[] lines)
    {
        var path = $"api/v1/invoices/{stored.Id}";
        var result = await api.PutAsync<Invoice>(path, form.Header(), etag);
        var kept = form.Rows.Where(r => r.LineId is not null).Select(r => r.LineId!.Value).ToHashSet();
        foreach (var gone in stored.Lines.Where(l => !kept.Contains(l.Id)))
        {
            if (!result.Ok)
            {
                return result;
            }

            result = await api.DeleteAsync<Invoice>($"{path}/lines/{gone.Id}", result.ETag!);
        }

        for (var i = 0; i < lines.Length && result.Ok; i++)
        {
            var (row, line) = (form.Rows[i], lines[i]);
            var was = stored.Lines.FirstOrDefault(l => l.Id == row.LineId);
            if (was is not null && was.ItemId == line.ItemId && was.Quantity == line.Quantity && was.UnitPrice == line.UnitPrice)
            {
                continue;
            }

            result = Named(i, was is null
                ? await api.PostAsync<Invoice>($"{path}/lines", line, result.ETag)
                : await api.PutAsync<Invoice>($"{path}/lines/{was.Id}", line, result.ETag!));
        }

        return result;
    }

    private static ApiResult<Invoice> Named(int row, ApiResult<Invoice> result) =>
        result.Problem?.Errors is { } errors
            ? result with { Problem = result.Problem with { Errors = errors.ToDictionary(e => $"lines[{row}].{e.Key}", e => e.Value) } }
            : result;
}
