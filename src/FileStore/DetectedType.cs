namespace SecurityTrax.FileStore;

/// <summary>A content type recognised from a file's first bytes, and the name extensions that fit it.</summary>
/// <param name="Active">Content a browser or an operating system would run (executables, HTML, SVG, scripts).</param>
/// <param name="Executable">Machine code or a script with an interpreter line: its name must say so.</param>
public sealed record DetectedType(string MediaType, bool Active, bool Executable, IReadOnlyList<string> Extensions)
{
    public bool FitsName(string fileName) =>
        Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant(), StringComparer.Ordinal);
}
