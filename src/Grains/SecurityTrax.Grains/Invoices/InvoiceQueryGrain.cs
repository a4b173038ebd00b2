using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Concurrency;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Tenants;

namespace SecurityTrax.Invoices;

[StatelessWorker]
public sealed class InvoiceQueryGrain(NpgsqlDataSource database, [FromKeyedServices(Clock.Key)] TimeProvider time) : Grain, IInvoiceQueryGrain
{
    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    /// <summary>Newest sale date first, keyset-paged on (sale_date, invoice_id); totals cover every matching invoice.</summary>
    public async Task<InvoicePage> ListAsync(InvoiceListQuery query)
    {
        var limit = Math.Clamp(query.Limit, 1, ICustomerQueryGrain.MaxPage);
        var settings = await GrainFactory.GetGrain<ITenantSettingsGrain>(GrainKeys.For(Tenant, ITenantSettingsGrain.Id)).GetAsync();
        var today = TenantClock.Today(time, settings.TimeZone);

        await using var totals = database.CreateCommand();
        await using var page = database.CreateCommand();
        foreach (var command in new[] { totals, page })
        {
            command.Parameters.AddWithValue("tenant", Tenant);
        }

        var sql = new StringBuilder(" FROM invoice_list WHERE tenant_id = @tenant AND NOT deleted");
        Filter(sql, [totals, page], query, today);
        totals.CommandText = "SELECT count(*)::int, coalesce(sum(grand_total), 0), coalesce(sum(due), 0)" + sql;

        if (query.Cursor is { } cursor)
        {
            var (date, id) = PageCursor.Decode(cursor);
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var afterDate)
                || !long.TryParse(id, CultureInfo.InvariantCulture, out var afterId))
            {
                throw SecurityTraxException.Invalid("cursor", "Not a cursor this API issued.");
            }

            sql.Append(" AND (sale_date, invoice_id) < (@afterDate, @afterId)");
            page.Parameters.AddWithValue("afterDate", afterDate);
            page.Parameters.AddWithValue("afterId", afterId);
        }

        page.CommandText = """
            SELECT invoice_id, type, status, customer_id, customer_name, sale_date, due_date, grand_total, due, recurring_invoice_id, updated_at
            """ + sql + " ORDER BY sale_date DESC, invoice_id DESC LIMIT @limit";
        page.Parameters.AddWithValue("limit", limit + 1);

        var items = new List<InvoiceSummary>();
        await using (var reader = await page.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var type = ParseType(reader.GetString(1));
                var status = Enum.Parse<InvoiceStatus>(reader.GetString(2), ignoreCase: true);
                var dueDate = reader.IsDBNull(6) ? (DateOnly?)null : reader.GetFieldValue<DateOnly>(6);
                var due = reader.GetDecimal(8);
                items.Add(new InvoiceSummary(
                    reader.GetInt64(0), type, status, InvoiceMath.IsOverdue(type, status, dueDate, due, today), reader.GetInt64(3),
                    reader.GetString(4), reader.GetFieldValue<DateOnly>(5), dueDate, reader.GetDecimal(7), due,
                    reader.IsDBNull(9) ? null : reader.GetInt64(9), reader.GetFieldValue<DateTimeOffset>(10)));
            }
        }

        InvoiceListTotals sums;
        await using (var reader = await totals.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            sums = new InvoiceListTotals(reader.GetInt32(0), reader.GetDecimal(1), reader.GetDecimal(2));
        }

        var shown = items.Take(limit).ToArray();
        var next = items.Count > limit
            ? PageCursor.Encode(InvoiceChanges.Date(shown[^1].SaleDate)!, shown[^1].Id.ToString(CultureInfo.InvariantCulture))
            : null;
        return new InvoicePage(shown, next, sums);
    }

    public async Task<CustomerBalance> BalanceAsync(long customerId)
    {
        await using var command = database.CreateCommand("""
            SELECT coalesce(sum(due), 0), count(*) FILTER (WHERE due > 0)::int FROM invoice_list
            WHERE tenant_id = @tenant AND customer_id = @customer AND NOT deleted AND type = 'invoice' AND status = 'open'
            """);
        command.Parameters.AddWithValue("tenant", Tenant);
        command.Parameters.AddWithValue("customer", customerId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new CustomerBalance(customerId, reader.GetDecimal(0), reader.GetInt32(1));
    }

    private static void Filter(StringBuilder sql, NpgsqlCommand[] commands, InvoiceListQuery query, DateOnly today)
    {
        var conditions = new List<(string Condition, string Name, object? Value)>
        {
            ("type = @type", "type", query.Type is { } t ? InvoiceRow.Name(t) : null),
            ("customer_id = @customer", "customer", query.CustomerId),
            ("sale_date >= @from", "from", query.From),
            ("sale_date < @to", "to", query.To),
        };
        if (query.Status is { } status)
        {
            conditions.Add(status == InvoiceListFilter.Overdue
                ? ("status = 'open' AND type = 'invoice' AND due > 0 AND due_date < @today", "today", today)
                : ("status = @status", "status", status.ToString().ToLowerInvariant()));
        }

        foreach (var (condition, name, value) in conditions.Where(c => c.Value is not null))
        {
            sql.Append(" AND ").Append(condition);
            foreach (var command in commands)
            {
                command.Parameters.AddWithValue(name, value!);
            }
        }
    }

    private static InvoiceType ParseType(string type) => type switch
    {
        "quote" => InvoiceType.Quote,
        "credit_memo" => InvoiceType.CreditMemo,
        _ => InvoiceType.Invoice,
    };
}
