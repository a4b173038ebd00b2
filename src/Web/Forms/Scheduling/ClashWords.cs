using SecurityTrax.Web.Api.Scheduling;

namespace SecurityTrax.Web.Forms.Scheduling;

/// <summary>A refused booking's clashes in plain words, with the technicians' names.</summary>
public static class ClashWords
{
    public static string Describe(Clash clash, Func<long, string> nameOf, ScheduleZone zone)
    {
        var who = nameOf(clash.TechnicianId);
        return clash.Kind switch
        {
            "appointment" => $"{who} is already booked {zone.When(clash.Start, clash.End, false)}" +
                             (clash.AppointmentId is { } other ? $" (appointment {other})." : "."),
            "outside_working_hours" => $"{who} is not working then: {clash.Reason ?? "outside working hours."}",
            "time_off" => $"{who} is off {zone.When(clash.Start, clash.End, false)}: {clash.Reason ?? "time off."}",
            _ => $"{who}: {clash.Reason ?? clash.Kind}",
        };
    }

    /// <summary>The <c>clashes</c> of a 409 booking conflict; empty for any other problem.</summary>
    public static Clash[] Of(Api.Problem? problem) =>
        problem?.Extensions?.GetValueOrDefault("clashes") is { ValueKind: System.Text.Json.JsonValueKind.Array } clashes
            ? System.Text.Json.JsonSerializer.Deserialize<Clash[]>(clashes.GetRawText(), Api.ApiJson.Options) ?? []
            : [];
}
