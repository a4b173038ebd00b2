using System.Text;
using Npgsql;
using Orleans.Concurrency;
using SecurityTrax.Persistence;
using SecurityTrax.RecurringInvoices;
using SecurityTrax.Tenants;

namespace SecurityTrax.Scheduling;

[StatelessWorker]
public sealed class AppointmentQueryGrain(NpgsqlDataSource database) : Grain, IAppointmentQueryGrain
{
    private const string Columns = """
        SELECT appointment_id, customer_id, customer_name, type, start_at, end_at, arrival_window, technician_ids, status
        FROM appointment_list
        WHERE tenant_id = @tenant
        """;

    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public Task<AppointmentSummary[]> ForCustomerAsync(long customerId, AppointmentFilter filter)
    {
        var sql = new StringBuilder(Columns);
        return QueryAsync(sql, filter, "start_at DESC, appointment_id DESC", (s, c) => SqlFilter.AndIf(s, c, "customer_id = @customer", "customer", customerId));
    }

    public async Task<TechnicianWeek> TechnicianWeekAsync(string technicianId, DateOnly day, AppointmentFilter filter)
    {
        var zoneId = (await GrainFactory.GetGrain<ITenantSettingsGrain>(GrainKeys.For(Tenant, ITenantSettingsGrain.Id)).GetAsync()).TimeZone;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.FindSystemTimeZoneById(TenantSettingsRules.DefaultTimeZone);
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        // Each end of the week with its own offset: a week with a DST change is 167 or 169 hours long.
        var from = WallClock.ToInstant(monday, TimeOnly.MinValue, zone);
        var to = WallClock.ToInstant(monday.AddDays(7), TimeOnly.MinValue, zone);
        var items = await QueryAsync(new StringBuilder(Columns), filter, "start_at, appointment_id", (s, c) =>
        {
            SqlFilter.AndIf(s, c, "technician_ids @> ARRAY[@technician]::text[]", "technician", technicianId);
            SqlFilter.AndIf(s, c, "start_at < @to", "to", to);
            SqlFilter.AndIf(s, c, "end_at > @from", "from", from);
        });
        return new TechnicianWeek(monday, monday.AddDays(6), zone.Id, items);
    }

    private async Task<AppointmentSummary[]> QueryAsync(StringBuilder sql, AppointmentFilter filter, string order, Action<StringBuilder, NpgsqlCommand> where)
    {
        await using var command = database.CreateCommand();
        command.Parameters.AddWithValue("tenant", Tenant);
        where(sql, command);
        SqlFilter.AndIf(sql, command, "lower(type) = lower(@type)", "type", filter.Type);
        if (filter.Statuses is { Length: > 0 } statuses)
        {
            sql.Append(" AND status = ANY(@statuses)");
            command.Parameters.AddWithValue("statuses", statuses.Select(AppointmentFlow.Name).ToArray());
        }

        sql.Append(" ORDER BY ").Append(order).Append(" LIMIT @limit");
        command.Parameters.AddWithValue("limit", IAppointmentQueryGrain.MaxRows);
        command.CommandText = sql.ToString();
        var items = new List<AppointmentSummary>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(new AppointmentSummary(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.GetBoolean(6), reader.GetFieldValue<string[]>(7), AppointmentFlow.Parse(reader.GetString(8))));
        }

        return [.. items];
    }
}
