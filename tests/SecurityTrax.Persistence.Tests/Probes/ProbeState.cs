namespace SecurityTrax.Persistence.Tests.Probes;

public sealed class ProbeState
{
    public string? Value { get; set; }

    public int Writes { get; set; }
}
