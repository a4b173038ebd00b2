using System.Text;

namespace SecurityTrax.Gateway.Agencies;

/// <summary>
/// Splits CSV text (RFC 4180: commas, double-quoted fields with "" for a quote, CRLF or LF) into records, each with
/// the file line it starts on, so errors can name the line the office sees in its spreadsheet.
/// </summary>
public static class CsvRecords
{
    /// <summary>The records, fields trimmed; blank lines are skipped. Throws <see cref="FormatException"/> naming the line of an unclosed quote.</summary>
    public static List<(int Line, string[] Fields)> Read(string text)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                End(records, fields, field, start);
                line++;
                start = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException($"Line {start} opens a quote that is never closed.");
        }

        End(records, fields, field, start);
        return records;
    }

    private static void End(List<(int, string[])> records, List<string> fields, StringBuilder field, int line)
    {
        fields.Add(field.ToString().Trim());
        field.Clear();
        if (fields.Count > 1 || fields[0].Length > 0)
        {
            records.Add((line, fields.ToArray()));
        }

        fields.Clear();
    }
}
