using System.Text.Json;
using SecurityTrax.Web.Api;
using SecurityTrax.Web.Forms.Scheduling;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>A 409's clashes, read from the problem's extra members and said in plain words with the technicians' names.</summary>
public sealed class ClashWordsTests
{
    private static readonly ScheduleZone Denver = new("America/Denver");

    [Fact]
    public void EachKindOfClashIsSaidInWords()
    {
        const string body = """
            {"type":"urn:securitytrax:problem:conflict","title":"The time clashes with the technicians' schedules.","status":409,"clashes":[
              {"technicianId":2,"kind":"appointment","appointmentId":31,"start":"2026-03-04T16:00:00+00:00","end":"2026-03-04T17:00:00+00:00","reason":"Booked for another appointment."},
              {"technicianId":3,"kind":"outside_working_hours","appointmentId":null,"start":"2026-03-04T15:00:00+00:00","end":"2026-03-04T23:00:00+00:00","reason":"Works 08:00–16:00 on Wednesdays."},
              {"technicianId":2,"kind":"time_off","appointmentId":null,"start":"2026-03-04T07:00:00+00:00","end":"2026-03-05T07:00:00+00:00","reason":"Time off: Dentist"}]}
            """;
        var problem = JsonSerializer.Deserialize<Problem>(body, ApiJson.Options)!;
        var names = new Dictionary<long, string> { [2] = "Tess Tech", [3] = "Ray Router" };

        var words = ClashWords.Of(problem).Select(c => ClashWords.Describe(c, id => names[id], Denver));

        Assert.Equal(
        [
            "Tess Tech is already booked Wed 2026-03-04 09:00–10:00 (appointment 31).",
            "Ray Router is not working then: Works 08:00–16:00 on Wednesdays.",
            "Tess Tech is off Wed 2026-03-04 00:00–Thu 2026-03-05 00:00: Time off: Dentist",
        ], words);
    }

    [Fact]
    public void AProblemWithoutClashesHasNone() =>
        Assert.Empty(ClashWords.Of(new Problem(null, "Customer 4 is a lead: convert it to a customer first.", 409, null, null)));
}
