using SecurityTrax.Web.Api;
using SecurityTrax.Web.Api.Scheduling;
using SecurityTrax.Web.Forms.Scheduling;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>The booking form's body for the API, and what it refuses before sending, under the API's field names.</summary>
public sealed class AppointmentFormTests
{
    private static readonly ScheduleZone Denver = new("America/Denver");

    [Fact]
    public void AStartAndDurationAreSentAsTheInstantOfThatDaysClock()
    {
        var form = AppointmentForm.ForNew(new Address("1 Main St", null, "Denver", "CO", "80202"), "install");
        (form.Date, form.StartTime, form.Duration, form.TechnicianIds, form.Notes) = ("2026-11-01", "09:00", "90", [5, 3], "  Dog  ");

        var (input, problem) = form.ToInput(Denver, "  Customer asked  ");

        Assert.Null(problem);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(-7)), input!.Start);
        Assert.Equal((90, (ArrivalWindowInput?)null, "install", "Dog", "Customer asked"), (input.DurationMinutes, input.ArrivalWindow, input.Type, input.Notes, input.OverrideReason));
        Assert.Equal([5L, 3L], input.TechnicianIds);
        Assert.Equal(new Address("1 Main St", null, "Denver", "CO", "80202"), input.Address);
    }

    [Fact]
    public void AnArrivalWindowIsSentWithoutAStartOrDuration()
    {
        var form = new AppointmentForm { Type = "service", Date = "2026-03-04", Window = true, WindowFrom = "08:00", WindowTo = "12:00" };

        var (input, _) = form.ToInput(Denver, null);

        Assert.Equal((null, null), (input!.Start, input.DurationMinutes));
        Assert.Equal(new ArrivalWindowInput(new(2026, 3, 4, 8, 0, 0, TimeSpan.FromHours(-7)), new(2026, 3, 4, 12, 0, 0, TimeSpan.FromHours(-7))), input.ArrivalWindow);
    }

    [Fact]
    public void ATimeInputsValueWithSecondsIsReadToo()
    {
        // Blazor hands a time input's value over as HH:mm:ss.
        var form = new AppointmentForm { Type = "service", Date = "2026-03-04", StartTime = "10:30:00", Duration = "60" };

        Assert.Equal(new DateTimeOffset(2026, 3, 4, 10, 30, 0, TimeSpan.FromHours(-7)), form.ToInput(Denver, null).Input!.Start);
    }

    [Fact]
    public void WhatCannotBeReadIsRefusedUnderTheApisFieldNames()
    {
        var form = new AppointmentForm { Type = "service", Date = "2026-03-08", StartTime = "02:30", Duration = "an hour", TicketId = "T-7" };

        var (input, problem) = form.ToInput(Denver, null);

        Assert.Null(input);
        Assert.Equal(["durationMinutes", "start", "ticketId"], problem!.Errors!.Keys.Order());
        Assert.Equal("The clocks skip 02:30 that day (America/Denver); choose another time.", Assert.Single(problem.For("start")));
    }

    [Fact]
    public void AnAppointmentIsReadBackAsTypedInTheCompanysZone()
    {
        var start = new DateTimeOffset(2026, 3, 8, 15, 0, 0, TimeSpan.Zero);
        var appointment = new Appointment(4, 9, "Cy", "removal", start, start.AddMinutes(75), false, [2], null, "Ring twice", 12, [], "scheduled", null);

        var form = AppointmentForm.From(appointment, Denver);

        Assert.Equal(("removal", "2026-03-08", "09:00", "75", "12", false), (form.Type, form.Date, form.StartTime, form.Duration, form.TicketId, form.Window));
    }
}
