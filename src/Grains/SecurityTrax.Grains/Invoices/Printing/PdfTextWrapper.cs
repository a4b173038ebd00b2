using PdfSharp.Drawing;

namespace SecurityTrax.Invoices.Printing;

/// <summary>Breaks text into lines no wider than a column: at spaces, keeping line breaks, and inside words too long for a line.</summary>
internal static class PdfTextWrapper
{
    public static List<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        bool Fits(string s) => graphics.MeasureString(s, font).Width <= width;

        var lines = new List<string>();
        foreach (var paragraph in text.Replace('\t', ' ').ReplaceLineEndings("\n").Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var longer = line.Length == 0 ? word : line + " " + word;
                if (Fits(longer))
                {
                    line = longer;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (!Fits(line))
                {
                    var take = LongestFittingPrefix(line, Fits);
                    lines.Add(line[..take]);
                    line = line[take..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private static int LongestFittingPrefix(string word, Func<string, bool> fits)
    {
        // At least one character per line, so even a column narrower than a letter makes progress.
        int fitting = 1, tooLong = word.Length;
        while (tooLong - fitting > 1)
        {
            var middle = (fitting + tooLong) / 2;
            if (fits(word[..middle]))
            {
                fitting = middle;
            }
            else
            {
                tooLong = middle;
            }
        }

        return fitting;
    }
}
