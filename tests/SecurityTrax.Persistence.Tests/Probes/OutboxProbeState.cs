using System.Text.Json.Serialization;
using SecurityTrax.Outbox;

namespace SecurityTrax.Persistence.Tests.Probes;

public sealed class OutboxProbeState : IHasOutbox
{
    public List<string> Items { get; set; } = [];

    /// <summary>Set for one save: serializing <see cref="Check"/> then throws, so the write fails before anything is stored.</summary>
    [JsonIgnore]
    public bool FailSave { get; set; }

    public string? Check => FailSave ? throw new InvalidOperationException("This save was made to fail by the test.") : null;

    public OutboxState Outbox { get; set; } = new();
}
