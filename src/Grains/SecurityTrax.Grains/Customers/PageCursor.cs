using System.Buffers.Text;
using System.Globalization;
using System.Text;
using SecurityTrax.Errors;

namespace SecurityTrax.Customers;

/// <summary>Opaque keyset cursors: the sort value and the tie-breaking id of the last row of a page.</summary>
public static class PageCursor
{
    private const char Separator = '\u001f';

    public static string Encode(string sortValue, string id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(sortValue + Separator + id));

    /// <summary>The cursor after a row of a newest-first list keyed on (instant, id).</summary>
    public static string EncodeInstant(DateTimeOffset at, string id) => Encode(at.UtcTicks.ToString(CultureInfo.InvariantCulture), id);

    public static (DateTimeOffset At, string Id) DecodeInstant(string cursor)
    {
        var (value, id) = Decode(cursor);
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? (new DateTimeOffset(ticks, TimeSpan.Zero), id)
            : throw NotOurs();
    }

    public static SecurityTraxException NotOurs() =>
        SecurityTraxException.Invalid("cursor", "Not a cursor this API issued; start from the first page.");

    public static (string SortValue, string Id) Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var at = text.LastIndexOf(Separator);
            if (at >= 0)
            {
                return (text[..at], text[(at + 1)..]);
            }
        }
        catch (FormatException)
        {
        }

        throw NotOurs();
    }
}
