using SecurityTrax.Outbox;

namespace SecurityTrax.Scheduling;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class TechnicianState : IHasOutbox
{
    public bool Exists { get; set; }

    public string Name { get; set; } = "";

    public List<string> Skills { get; set; } = [];

    public string? Notes { get; set; }

    public List<WorkingHours> WorkingHours { get; set; } = [];

    public List<TimeOffDetails> TimeOff { get; set; } = [];

    public int LastTimeOffId { get; set; }

    public int Version { get; set; }

    /// <summary>Added with the technician list (migration 0018): the row rides with the change.</summary>
    public OutboxState Outbox { get; set; } = new();

    /// <summary>The calendar feed link's secret (base64url); null until first asked for.</summary>
    public string? FeedToken { get; set; }
}
