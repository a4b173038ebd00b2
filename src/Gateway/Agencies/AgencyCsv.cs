using SecurityTrax.Agencies;
using SecurityTrax.Customers;
using SecurityTrax.Gateway.Http;

namespace SecurityTrax.Gateway.Agencies;

/// <summary>
/// Reads an agency CSV into rows carrying their line numbers (the header is line 1); the directory checks the values,
/// so a bad value is reported there by line, and only the file's shape is checked here.
/// </summary>
public static class AgencyCsv
{
    public static readonly string[] Required = ["kind", "name", "phone"];

    public static AgencyImportRow[] Read(string csv, RequestErrors errors)
    {
        List<(int Line, string[] Fields)> records;
        try
        {
            records = CsvRecords.Read(csv);
        }
        catch (FormatException e)
        {
            errors.Add("csv", e.Message);
            return [];
        }

        string[] header = records.Count == 0 ? [] : records[0].Fields.Select(h => h.ToLowerInvariant()).ToArray();
        if (records.Count == 0 || records[0].Line != 1 || Required.Except(header).Any())
        {
            errors.Add("csv", $"The first line must be the header naming at least {string.Join(", ", Required)}.");
            return [];
        }

        return [.. records.Skip(1).Select(r => new AgencyImportRow(r.Line, Agency(name => Field(header, r.Fields, name))))];
    }

    private static AgencyInput Agency(Func<string, string> field)
    {
        // A kind that is not police, fire or medical goes on as "emergency", which the directory refuses by line.
        var kind = Enum.TryParse<ContactType>(field("kind"), ignoreCase: true, out var parsed) && char.IsAsciiLetter(field("kind").FirstOrDefault())
            ? parsed
            : ContactType.Emergency;
        var phone = field("phone");
        var address = new[] { "line1", "city", "state", "zip" }.Any(c => field(c).Length > 0)
            ? new Address(field("line1"), field("line2").Length == 0 ? null : field("line2"), field("city"), field("state"), field("zip"))
            : null;
        return new AgencyInput(kind, field("name"), phone.Length == 0 ? [] : [new Phone("work", phone)], address, List(field("zips")), List(field("cities")));
    }

    private static string Field(string[] header, string[] fields, string name)
    {
        var index = Array.IndexOf(header, name);
        return index >= 0 && index < fields.Length ? fields[index] : "";
    }

    private static string[] List(string value) => value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
