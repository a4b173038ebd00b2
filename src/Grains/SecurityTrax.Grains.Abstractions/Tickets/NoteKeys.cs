using System.Globalization;

namespace SecurityTrax.Tickets;

public static class NoteKeys
{
    public const string Sequence = "note";

    public static string Id(long number) => "note-" + number.ToString(CultureInfo.InvariantCulture);

    public static long Number(string id) => long.Parse(id["note-".Length..], CultureInfo.InvariantCulture);
}
