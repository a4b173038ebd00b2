using SecurityTrax.Web.Forms.Scheduling;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>A block dropped on the board changes the booking's day, hour and technician, nothing else.</summary>
public sealed class BoardMoveTests
{
    [Fact]
    public void ADropOnAnotherRowSwapsThatTechnicianAndKeepsTheMinutesAndTheOthers()
    {
        var form = new AppointmentForm { Date = "2026-03-04", StartTime = "09:30", Duration = "45", TechnicianIds = [1, 2], Notes = "Gate 4411" };

        new BoardMove(1, 3, new DateOnly(2026, 3, 5), 14).ApplyTo(form);

        Assert.Equal(("2026-03-05", "14:30", "45", "Gate 4411"), (form.Date, form.StartTime, form.Duration, form.Notes));
        Assert.Equal([3L, 2L], form.TechnicianIds);
    }

    [Fact]
    public void ADropOnATechnicianAlreadyBookedOnItOnlyTakesTheDraggedOneOff()
    {
        var form = new AppointmentForm { Date = "2026-03-04", StartTime = "09:00", TechnicianIds = [1, 2] };

        new BoardMove(1, 2, new DateOnly(2026, 3, 4), 9).ApplyTo(form);

        Assert.Equal([2L], form.TechnicianIds);
    }

    [Fact]
    public void AnArrivalWindowMovesWhole()
    {
        var form = new AppointmentForm { Date = "2026-03-04", Window = true, WindowFrom = "08:00:00", WindowTo = "12:00", TechnicianIds = [1] };

        new BoardMove(1, 1, new DateOnly(2026, 3, 4), 13).ApplyTo(form);

        Assert.Equal(("13:00", "17:00"), (form.WindowFrom, form.WindowTo));
        Assert.Equal([1L], form.TechnicianIds);
    }
}
