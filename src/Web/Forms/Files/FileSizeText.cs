using System.Globalization;

namespace SecurityTrax.Web.Forms.Files;

/// <summary>A byte count as people read it: 812 bytes, 14.2 KB, 3.5 MB.</summary>
public static class FileSizeText
{
    public static string Of(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.#} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1073741824.0:0.##} GB"),
    };
}
