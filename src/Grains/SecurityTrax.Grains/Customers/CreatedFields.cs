using System.Text.Encodings.Web;
using System.Text.Json;

namespace SecurityTrax.Customers;

/// <summary>
/// The one history row of a creation: <see cref="Field"/> names it, and its new value is a JSON object of the fields
/// the creation set, in the order the record shows them (fields left empty are not listed).
/// </summary>
public static class CreatedFields
{
    public const string Field = "fields";

    // History is read as text, never embedded in HTML by the server: only what JSON itself needs is escaped.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(IEnumerable<(string Field, string? Old, string? New)> fields)
    {
        var set = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, _, value) in fields)
        {
            if (value is not null)
            {
                set[field] = value;
            }
        }

        return JsonSerializer.Serialize(set, Options);
    }
}
