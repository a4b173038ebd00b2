using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Concurrency;
using SecurityTrax.Errors;
using SecurityTrax.Tenants;

namespace SecurityTrax.RecurringInvoices;

[StatelessWorker]
public sealed class RecurringInvoiceQueryGrain(NpgsqlDataSource database, [FromKeyedServices(Clock.Key)] TimeProvider time)
    : Grain, IRecurringInvoiceQueryGrain
{
    // The list's type column names the document an occurrence creates, as the invoice list names types; a recurring
    // invoice only ever creates invoices (never quotes or credit memos).
    private const string GeneratedType = "invoice";

    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public async Task<RecurringInvoiceSummary[]> ListForCustomerAsync(long customerId)
    {
        await using var command = database.CreateCommand("""
            SELECT recurring_invoice_id, first_date, amount, interval, unit, count, time_zone, paused_reason
            FROM recurring_invoice_list
            WHERE tenant_id = $1 AND customer_id = $2 AND NOT deleted
            ORDER BY recurring_invoice_id DESC
            """);
        command.Parameters.AddWithValue(Tenant);
        command.Parameters.AddWithValue(customerId);
        var now = time.GetUtcNow();
        var list = new List<RecurringInvoiceSummary>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var rule = new RecurrenceRule(reader.GetFieldValue<DateOnly>(1), reader.GetInt32(3), (RecurrenceUnit)reader.GetInt32(4), reader.GetInt32(5));
            var schedule = RecurrenceSchedule.Create(rule, reader.GetString(6));
            var due = schedule.CountDueBy(now);
            var paused = reader.IsDBNull(7) ? null : reader.GetString(7);
            var status = paused is not null ? RecurringStatuses.Paused : due >= schedule.Count ? RecurringStatuses.Finished : RecurringStatuses.Active;
            list.Add(new RecurringInvoiceSummary(
                reader.GetInt64(0), rule.FirstDate, reader.GetDecimal(2), GeneratedType, schedule.NextAfter(now)?.Date, schedule.Count - due,
                schedule.FinalDate, status, paused, RecurringInvoiceRecords.Describe(rule)));
        }

        return [.. list];
    }

    public async Task<long[]> FollowUpRemovalAsync(long customerId, string? billingMethodId, RecurringFollowUp followUp) =>
        await RecurringDependents.FollowUpAsync(
            GrainFactory, Tenant, (await ListForCustomerAsync(customerId)).Select(r => r.Id).Order(), billingMethodId, followUp);

    public async Task<SchedulePreview> PreviewAsync(RecurrenceRule schedule)
    {
        var settings = await GrainFactory.GetGrain<ITenantSettingsGrain>(GrainKeys.For(Tenant, ITenantSettingsGrain.Id)).GetAsync();
        var errors = new List<FieldError>();
        RecurringInvoiceRules.CheckSchedule(schedule, settings.TimeZone, TenantClock.Today(time, settings.TimeZone), errors);
        SecurityTraxException.ThrowIfAny(errors);
        var occurrences = RecurrenceSchedule.Create(schedule, settings.TimeZone).Occurrences()
            .Select(o => new ScheduledOccurrence(o.Index + 1, o.Date, o.DueAt))
            .ToArray();
        return new SchedulePreview(settings.TimeZone, occurrences[^1].Date, occurrences);
    }
}
