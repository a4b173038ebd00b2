using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Concurrency;
using SecurityTrax.Persistence;
using SecurityTrax.RecurringInvoices;
using SecurityTrax.Tenants;

namespace SecurityTrax.Scheduling;

[StatelessWorker]
public sealed class AppointmentQueryGrain(NpgsqlDataSource database, [FromKeyedServices(Clock.Key)] TimeProvider time) : Grain, IAppointmentQueryGrain
{
    private const string Columns = """
        SELECT appointment_id, customer_id, customer_name, type, start_at, end_at, arrival_window, technician_ids, status
        FROM appointment_list
        WHERE tenant_id = @tenant
        """;

    // A whole company's day: 200 technicians with a handful of visits each stays well under this.
    private const int DayRows = 5000;

    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public Task<AppointmentSummary[]> ForCustomerAsync(long customerId, AppointmentFilter filter)
    {
        var sql = new StringBuilder(Columns);
        return QueryAsync(sql, filter, "start_at DESC, appointment_id DESC", (s, c) => SqlFilter.AndIf(s, c, "customer_id = @customer", "customer", customerId));
    }

    public async Task<TechnicianWeek> TechnicianWeekAsync(string technicianId, DateOnly day, AppointmentFilter filter)
    {
        var zone = await ZoneAsync();
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

    public async Task<CompanyDay> CompanyDayAsync(DateOnly? date, string? technicianId, AppointmentFilter filter)
    {
        var zone = await ZoneAsync();
        var day = date ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        // Midnight to midnight with each end's own offset: a DST day is 23 or 25 hours long.
        var from = WallClock.ToInstant(day, TimeOnly.MinValue, zone);
        var to = WallClock.ToInstant(day.AddDays(1), TimeOnly.MinValue, zone);
        var technicians = await TechniciansAsync(technicianId);
        var items = await QueryAsync(new StringBuilder(Columns), filter, "start_at, appointment_id", (s, c) =>
        {
            s.Append(" AND cardinality(technician_ids) > 0");
            SqlFilter.AndIf(s, c, "technician_ids @> ARRAY[@technician]::text[]", "technician", technicianId);
            SqlFilter.AndIf(s, c, "start_at < @to", "to", to);
            SqlFilter.AndIf(s, c, "end_at > @from", "from", from);
        }, DayRows);
        var rows = technicians.Select(t => new TechnicianDay(
            t.UserId, t.Name, [.. items.Where(a => a.TechnicianIds.Contains(t.UserId))], [.. (t.WorkingHours ?? []).Where(h => h.Day == day.DayOfWeek)]));
        return new CompanyDay(day, zone.Id, from, to, [.. rows]);
    }

    public Task<AppointmentSummary[]> UnassignedAsync(AppointmentFilter filter) =>
        QueryAsync(new StringBuilder(Columns), filter, "start_at, appointment_id", (s, _) => s.Append(" AND cardinality(technician_ids) = 0"));

    public async Task<DateTimeOffset?> NextForCustomerAsync(long customerId, DateTimeOffset after)
    {
        var next = await QueryAsync(new StringBuilder(Columns), new AppointmentFilter(null, [AppointmentStatus.Scheduled, AppointmentStatus.Dispatched]), "start_at, appointment_id", (s, c) =>
        {
            SqlFilter.AndIf(s, c, "customer_id = @customer", "customer", customerId);
            SqlFilter.AndIf(s, c, "start_at > @after", "after", after);
        }, 1);
        return next.Length == 0 ? null : next[0].Start;
    }

    public Task<AppointmentSummary[]> TechnicianRangeAsync(string technicianId, DateTimeOffset from, DateTimeOffset to) =>
        QueryAsync(new StringBuilder(Columns), new AppointmentFilter(null, null), "start_at, appointment_id", (s, c) =>
        {
            SqlFilter.AndIf(s, c, "technician_ids @> ARRAY[@technician]::text[]", "technician", technicianId);
            SqlFilter.AndIf(s, c, "start_at < @to", "to", to);
            SqlFilter.AndIf(s, c, "end_at > @from", "from", from);
        }, DayRows);

    private async Task<List<TechnicianRow>> TechniciansAsync(string? technicianId)
    {
        await using var command = database.CreateCommand();
        var sql = new StringBuilder("SELECT user_id, name, working_hours::text FROM technician_list WHERE tenant_id = @tenant");
        command.Parameters.AddWithValue("tenant", Tenant);
        SqlFilter.AndIf(sql, command, "user_id = @technician", "technician", technicianId);
        command.CommandText = sql.Append(" ORDER BY lower(name), user_id").ToString();
        var rows = new List<TechnicianRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new TechnicianRow(reader.GetString(0), reader.GetString(1), JsonSerializer.Deserialize<WorkingHours[]>(reader.GetString(2))));
        }

        return rows;
    }

    private async Task<TimeZoneInfo> ZoneAsync()
    {
        var zoneId = (await GrainFactory.GetGrain<ITenantSettingsGrain>(GrainKeys.For(Tenant, ITenantSettingsGrain.Id)).GetAsync()).TimeZone;
        return TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.FindSystemTimeZoneById(TenantSettingsRules.DefaultTimeZone);
    }

    private async Task<AppointmentSummary[]> QueryAsync(
        StringBuilder sql, AppointmentFilter filter, string order, Action<StringBuilder, NpgsqlCommand> where, int limit = IAppointmentQueryGrain.MaxRows)
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
        command.Parameters.AddWithValue("limit", limit);
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
