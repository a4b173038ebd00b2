using System.ComponentModel.DataAnnotations;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Tickets;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Gateway.RecurringInvoices;

/// <summary>A schedule to preview: first invoice date (yyyy-MM-dd, after today), every N days/weeks/months/years, how many times.</summary>
public sealed record ScheduleRequest(
    [property: Required] string? NextDate, [property: Required] int? Interval, [property: Required] RecurrenceUnit? Unit, [property: Required] int? Count)
{
    public RecurrenceRule ToRule(RequestErrors errors) => new(
        NotesApi.ParseDate(errors.Required(NextDate, "nextDate"), errors, "nextDate") ?? default,
        errors.Required(Interval, "interval"),
        errors.Required(Unit, "unit"),
        errors.Required(Count, "count"));
}
