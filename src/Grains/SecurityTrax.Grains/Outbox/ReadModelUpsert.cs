namespace SecurityTrax.Outbox;

/// <summary>A new version of one read-model row; the projection for <see cref="Kind"/> writes it.</summary>
/// <remarks>Rows keep the highest version they have seen, so late or repeated deliveries change nothing.</remarks>
public sealed class ReadModelUpsert
{
    public string Kind { get; set; } = "";

    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string Json { get; set; } = "";
}
