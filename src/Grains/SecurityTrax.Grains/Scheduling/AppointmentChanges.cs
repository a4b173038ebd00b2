using System.Globalization;

namespace SecurityTrax.Scheduling;

/// <summary>Appointment fields as history shows them (instants in UTC, ISO 8601).</summary>
public static class AppointmentChanges
{
    public static IEnumerable<(string Field, string? Old, string? New)> Of(AppointmentInput? old, AppointmentInput? @new)
    {
        yield return ("type", old?.Type, @new?.Type);
        yield return ("start", Instant(old?.Start), Instant(@new?.Start));
        yield return ("end", Instant(old?.End), Instant(@new?.End));
        yield return ("arrivalWindow", old is null ? null : Flag(old.ArrivalWindow), @new is null ? null : Flag(@new.ArrivalWindow));
        yield return ("technicianIds", Join(old?.TechnicianIds), Join(@new?.TechnicianIds));
        yield return ("address", old?.Address?.ToString(), @new?.Address?.ToString());
        yield return ("notes", old?.Notes, @new?.Notes);
        yield return ("ticketId", Number(old?.TicketId), Number(@new?.TicketId));
        yield return ("invoiceIds", Join(old?.InvoiceIds.Select(i => Number(i))), Join(@new?.InvoiceIds.Select(i => Number(i))));
    }

    /// <summary>Keeps the reason a dispatcher booked over clashes, and each clash, in the customer's history.</summary>
    public static void Overridden(Outbox.HistoryRecorder history, string id, string? reason, IReadOnlyList<AppointmentClash> clashes)
    {
        if (clashes.Count == 0)
        {
            return;
        }

        history.Add("appointment", id, "conflict_overridden", "overrideReason", null, reason);
        foreach (var clash in clashes)
        {
            history.Add("appointment", id, "conflict_overridden", "clash", null, Describe(clash));
        }
    }

    public static string Describe(AppointmentClash clash) => clash.Kind switch
    {
        ClashKind.Appointment => $"technician {clash.TechnicianId}: appointment {Number(clash.AppointmentId)} {Instant(clash.Start)}–{Instant(clash.End)}",
        _ => $"technician {clash.TechnicianId}: {clash.Reason}",
    };

    private static string? Instant(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Join(IEnumerable<string?>? values) => values is null ? null : string.Join(",", values);
}
