using System.Globalization;
using System.Text;
using Npgsql;
using Orleans.Concurrency;
using SecurityTrax.Customers;

namespace SecurityTrax.Payments;

[StatelessWorker]
public sealed class PaymentQueryGrain(NpgsqlDataSource database) : Grain, IPaymentQueryGrain
{
    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    /// <summary>Newest payment date first, keyset-paged on (payment_date, payment_id).</summary>
    public async Task<PaymentPage> ListAsync(PaymentListQuery query)
    {
        var limit = Math.Clamp(query.Limit, 1, IPaymentQueryGrain.MaxPage);
        await using var command = database.CreateCommand();
        command.Parameters.AddWithValue("tenant", Tenant);
        var sql = new StringBuilder("""
            SELECT payment_id, customer_id, type, method, method_display, status, amount, unapplied, refunded, transaction_id,
                   original_payment_id, initiated_by_name, initiated_at, payment_date
            FROM payment_list WHERE tenant_id = @tenant
            """);
        var conditions = new (string Condition, string Name, object? Value)[]
        {
            ("status = @status", "status", query.Status is { } status ? PaymentBook.Name(status) : null),
            ("method = @method", "method", query.Method is { } method ? PaymentBook.Name(method) : null),
            ("customer_id = @customer", "customer", query.CustomerId),
            ("payment_date >= @from", "from", query.From),
            ("payment_date < @to", "to", query.To),
            ("unapplied > @none", "none", query.UnappliedOnly ? 0m : null),
        };
        foreach (var (condition, name, value) in conditions.Where(c => c.Value is not null))
        {
            sql.Append(" AND ").Append(condition);
            command.Parameters.AddWithValue(name, value!);
        }

        if (query.Cursor is { } cursor)
        {
            var (date, id) = PageCursor.Decode(cursor);
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var afterDate)
                || !long.TryParse(id, CultureInfo.InvariantCulture, out var afterId))
            {
                throw PageCursor.NotOurs();
            }

            sql.Append(" AND (payment_date, payment_id) < (@afterDate, @afterId)");
            command.Parameters.AddWithValue("afterDate", afterDate);
            command.Parameters.AddWithValue("afterId", afterId);
        }

        command.CommandText = sql + " ORDER BY payment_date DESC, payment_id DESC LIMIT @limit";
        command.Parameters.AddWithValue("limit", limit + 1);
        var items = new List<PaymentSummary>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                items.Add(new PaymentSummary(
                    reader.GetInt64(0), reader.GetInt64(1), Enum.Parse<PaymentType>(reader.GetString(2), true),
                    Enum.Parse<PaymentMethodKind>(reader.GetString(3).Replace("_", "", StringComparison.Ordinal), true), reader.GetString(4),
                    Enum.Parse<PaymentStatus>(reader.GetString(5), true), reader.GetDecimal(6), reader.GetDecimal(7), reader.GetDecimal(8),
                    reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetInt64(10), reader.GetString(11),
                    reader.GetFieldValue<DateTimeOffset>(12), reader.GetFieldValue<DateOnly>(13)));
            }
        }

        var shown = items.Take(limit).ToArray();
        var next = items.Count > limit
            ? PageCursor.Encode(shown[^1].PaymentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), shown[^1].Id.ToString(CultureInfo.InvariantCulture))
            : null;
        return new PaymentPage(shown, next);
    }

    public async Task<long?> FindByTransactionAsync(string transactionId)
    {
        // PostgreSQL text cannot hold NUL, so no stored id has one; a processor event naming one is simply not ours.
        if (transactionId.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        await using var command = database.CreateCommand(
            "SELECT payment_id FROM payment_list WHERE tenant_id = $1 AND transaction_id = $2 AND type <> 'refund' LIMIT 1");
        command.Parameters.AddWithValue(Tenant);
        command.Parameters.AddWithValue(transactionId);
        return await command.ExecuteScalarAsync() is long id ? id : null;
    }
}
