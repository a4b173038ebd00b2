namespace SecurityTrax.Agencies;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class AgencyDirectoryState
{
    public List<AgencyDetails> Agencies { get; set; } = [];

    public int LastId { get; set; }
}
