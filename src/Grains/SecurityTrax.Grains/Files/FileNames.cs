using System.Globalization;
using System.Text;

namespace SecurityTrax.Files;

/// <summary>File names made safe to store and to offer for download, and unique within one customer.</summary>
public static class FileNames
{
    public const int MaxLength = 200;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The last path segment without control or reserved characters, trimmed and cut; null when nothing is left.</summary>
    public static string? Clean(string? name)
    {
        if (name is null)
        {
            return null;
        }

        // Browsers send either separator; only the last segment is the name (a path is never kept).
        var last = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var text = new StringBuilder(last.Length);
        foreach (var c in last.Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsControl(c) || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            text.Append(c is '<' or '>' or ':' or '"' or '|' or '?' or '*' ? '_' : c);
        }

        // Windows drops trailing dots and spaces, which would turn "a.pdf." into another file's name.
        var clean = text.ToString().Trim().TrimEnd('.', ' ').TrimStart('.');
        if (clean.Length == 0)
        {
            return null;
        }

        var stem = Path.GetFileNameWithoutExtension(clean);
        if (Reserved.Contains(stem.TrimEnd()))
        {
            clean = "_" + clean;
        }

        return Cut(clean, MaxLength);
    }

    /// <summary><paramref name="name"/>, or "name (2).ext", "name (3).ext", … whichever no other file has.</summary>
    public static string Unique(string name, IEnumerable<string> taken)
    {
        var names = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        if (!names.Contains(name))
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        for (var n = 2; ; n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n}){extension}");
            var candidate = Cut(stem, MaxLength - suffix.Length) + suffix;
            if (!names.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    // Cuts the stem, never the extension, so a long name keeps its type.
    private static string Cut(string name, int max)
    {
        if (name.Length <= max)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        return extension.Length >= max ? name[..max] : name[..(max - extension.Length)] + extension;
    }
}
