namespace SecurityTrax.Scheduling;

/// <summary>The technician-list read-model row: who the company's day shows, and their weekly working hours.</summary>
public sealed record TechnicianRow(string UserId, string Name, WorkingHours[]? WorkingHours = null)
{
    public const string Kind = "technician";
}
