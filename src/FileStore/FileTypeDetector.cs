using System.Text;

namespace SecurityTrax.FileStore;

/// <summary>The real type of a file from its first bytes (magic numbers), never from its name or the declared type.</summary>
public static class FileTypeDetector
{
    public static readonly DetectedType Pdf = new("application/pdf", false, false, [".pdf"]);
    public static readonly DetectedType Png = new("image/png", false, false, [".png"]);
    public static readonly DetectedType Jpeg = new("image/jpeg", false, false, [".jpg", ".jpeg", ".jpe", ".jfif"]);
    public static readonly DetectedType Gif = new("image/gif", false, false, [".gif"]);
    public static readonly DetectedType WebP = new("image/webp", false, false, [".webp"]);
    public static readonly DetectedType Tiff = new("image/tiff", false, false, [".tif", ".tiff"]);
    public static readonly DetectedType Zip = new("application/zip", false, false, [".zip", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".jar"]);
    public static readonly DetectedType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, false, [".docx"]);
    public static readonly DetectedType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, false, [".xlsx"]);
    public static readonly DetectedType WindowsExecutable = new("application/vnd.microsoft.portable-executable", true, true, [".exe", ".dll", ".sys", ".scr", ".msi", ".com"]);
    public static readonly DetectedType LinuxExecutable = new("application/x-elf", true, true, [".elf", ".so", ".bin", ".run", ""]);
    public static readonly DetectedType Script = new("text/x-script", true, true, [".sh", ".bash", ".py", ".pl", ".rb", ".js", ""]);
    public static readonly DetectedType Html = new("text/html", true, false, [".html", ".htm", ".xhtml"]);
    public static readonly DetectedType Svg = new("image/svg+xml", true, false, [".svg"]);
    public static readonly DetectedType Text = new("text/plain", false, false, [".txt", ".csv", ".log", ".md"]);
    public static readonly DetectedType Unknown = new("application/octet-stream", false, false, []);

    /// <summary>Names that claim machine code: the content must be that machine code.</summary>
    private static readonly HashSet<string> BinaryExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".exe", ".dll", ".sys", ".scr", ".msi", ".com", ".elf", ".so",
    };

    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> ElfMagic => [0x7F, 0x45, 0x4C, 0x46];

    public static DetectedType Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        if (head.StartsWith(PngMagic)) return Png;
        if (head.StartsWith(JpegMagic)) return Jpeg;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return Gif;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return WebP;
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8)) return Tiff;
        if (head.StartsWith("PK\u0003\u0004"u8)) return OfficeOrZip(head);
        if (head.StartsWith("MZ"u8)) return WindowsExecutable;
        if (head.StartsWith(ElfMagic)) return LinuxExecutable;
        if (head.StartsWith("#!"u8)) return Script;
        return LooksLikeText(head) ? TextKind(head) : Unknown;
    }

    /// <summary>Why a name and its content may not go together, or null when they may.</summary>
    public static string? Mismatch(string fileName, DetectedType detected)
    {
        var extension = Path.GetExtension(fileName);
        if (detected.Executable && !detected.FitsName(fileName))
        {
            return $"The content is an executable ({detected.MediaType}) but the name says '{extension}'.";
        }

        return !detected.Executable && BinaryExtensions.Contains(extension)
            ? $"The name says '{extension}' (an executable) but the content is {detected.MediaType}."
            : null;
    }

    // The first entry of a Word or Excel file is usually "[Content_Types].xml"; its folders name the application.
    private static DetectedType OfficeOrZip(ReadOnlySpan<byte> head)
    {
        if (head.IndexOf("word/"u8) >= 0) return Docx;
        if (head.IndexOf("xl/"u8) >= 0) return Xlsx;
        return Zip;
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return false;
        }

        foreach (var b in head)
        {
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                return false;
            }
        }

        return true;
    }

    private static DetectedType TextKind(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (text.StartsWith("<!doctype html", StringComparison.Ordinal) || text.StartsWith("<html", StringComparison.Ordinal)
            || text.StartsWith("<script", StringComparison.Ordinal) || text.StartsWith("<head", StringComparison.Ordinal)
            || text.StartsWith("<body", StringComparison.Ordinal) || text.StartsWith("<iframe", StringComparison.Ordinal))
        {
            return Html;
        }

        if (text.StartsWith("<svg", StringComparison.Ordinal) || (text.StartsWith("<?xml", StringComparison.Ordinal) && text.Contains("<svg", StringComparison.Ordinal)))
        {
            return Svg;
        }

        return Text;
    }
}
