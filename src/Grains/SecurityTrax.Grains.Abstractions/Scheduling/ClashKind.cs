namespace SecurityTrax.Scheduling;

/// <summary>Why a technician cannot take a time.</summary>
public enum ClashKind
{
    Appointment = 0,
    OutsideWorkingHours = 1,
    TimeOff = 2,
}
