using System.Buffers.Text;
using System.Text;
using SecurityTrax.Errors;

namespace SecurityTrax.Customers;

/// <summary>Opaque keyset cursors: the sort value and the tie-breaking id of the last row of a page.</summary>
public static class PageCursor
{
    private const char Separator = '\u001f';

    public static string Encode(string sortValue, string id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(sortValue + Separator + id));

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

        throw SecurityTraxException.Invalid("cursor", "Not a cursor this API issued; start from the first page.");
    }
}
