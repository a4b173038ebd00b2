namespace SecurityTrax.Scheduling;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class TechnicianState
{
    public bool Exists { get; set; }

    public string Name { get; set; } = "";

    public List<string> Skills { get; set; } = [];

    public string? Notes { get; set; }

    public List<WorkingHours> WorkingHours { get; set; } = [];

    public List<TimeOffDetails> TimeOff { get; set; } = [];

    public int LastTimeOffId { get; set; }

    public int Version { get; set; }
}
