namespace SecurityTrax.Scheduling;

/// <summary>The technician-list read-model row: who the company's day shows.</summary>
public sealed record TechnicianRow(string UserId, string Name)
{
    public const string Kind = "technician";
}
