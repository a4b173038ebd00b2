using PdfSharp.Fonts;

namespace SecurityTrax.Invoices.Printing;

/// <summary>
/// Gives PDFsharp the DejaVu Sans faces from the system's font folder (Debian package fonts-dejavu-core): PDFsharp
/// finds no fonts by itself on Linux, and DejaVu covers the Latin, Greek and Cyrillic text of names and addresses.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";
    public const string DefaultFolder = "/usr/share/fonts/truetype/dejavu";

    private static readonly string[] Faces = ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"];
    private static readonly Lock InstallGate = new();

    private readonly string _folder;

    public DejaVuFontResolver(string folder = DefaultFolder)
    {
        Verify(folder);
        _folder = folder;
    }

    /// <summary>Makes this resolver PDFsharp's (process-wide) font resolver unless one is set already.</summary>
    public static void EnsureInstalled()
    {
        lock (InstallGate)
        {
            GlobalFontSettings.FontResolver ??= new DejaVuFontResolver();
        }
    }

    /// <summary>Throws, naming the package to install, when a DejaVu Sans face is missing from <paramref name="folder"/>.</summary>
    public static void Verify(string folder)
    {
        var missing = Faces.Select(face => Path.Combine(folder, face + ".ttf")).Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Printing needs the DejaVu Sans fonts, but {string.Join(", ", missing)} is missing. "
                + "Install the Debian package fonts-dejavu-core (apt-get install fonts-dejavu-core).");
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, FamilyName, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(Faces[(bold ? 1 : 0) + (italic ? 2 : 0)])
            : null;

    public byte[]? GetFont(string faceName) =>
        Faces.Contains(faceName) ? File.ReadAllBytes(Path.Combine(_folder, faceName + ".ttf")) : null;
}
