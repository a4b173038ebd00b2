using System.Net;
using System.Text.RegularExpressions;

namespace SecurityTrax.Messages.Templates;

/// <summary>A readable plain-text part for an email written only in HTML.</summary>
public static partial class PlainText
{
    public static string FromHtml(string html)
    {
        var withBreaks = BlockEnd().Replace(html, "\n");
        var text = WebUtility.HtmlDecode(Tag().Replace(withBreaks, ""));
        return BlankLines().Replace(text, "\n\n").Trim();
    }

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/tr|/h[1-6])\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n\s*\n\s*\n+")]
    private static partial Regex BlankLines();
}
