namespace SecurityTrax.Scheduling;

/// <summary>Stored as JSON; add members, never rename them. Empty until the company adds a type of its own.</summary>
public sealed class AppointmentTypeCatalogState
{
    public List<string> Types { get; set; } = [];
}
