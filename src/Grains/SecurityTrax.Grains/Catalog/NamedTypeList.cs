using SecurityTrax.Customers;
using SecurityTrax.Errors;

namespace SecurityTrax.Catalog;

/// <summary>
/// The rules of a company's short list of named types (appointment types, note types): a name is 1–40 printable
/// characters with its spaces collapsed, a name already listed is not added twice, the list holds at most
/// <see cref="MaxTypes"/>, and a name resolves to its listed spelling whatever its case.
/// </summary>
/// <param name="one">The kind as the start of a sentence, such as "A note type".</param>
/// <param name="many">The kind in the plural, such as "note types".</param>
/// <param name="lowerCase">Names are kept in lower case and compared as kept; otherwise kept as typed and compared ignoring case.</param>
public sealed class NamedTypeList(string one, string many, bool lowerCase)
{
    public const int MaxTypes = 50;

    /// <summary>The name to add to <paramref name="types"/>, or null when it is listed already; a bad name or a full list is refused naming the field.</summary>
    public string? ToAdd(IReadOnlyCollection<string> types, string? name)
    {
        FieldChecks.RefuseCardNumber("name", name);
        var clean = string.Join(' ', (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        clean = lowerCase ? clean.ToLowerInvariant() : clean;
        if (clean.Length is 0 or > 40 || clean.Any(char.IsControl))
        {
            throw SecurityTraxException.Invalid("name", $"{one} has 1–40 printable characters.");
        }

        if (types.Contains(clean, lowerCase ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        if (types.Count >= MaxTypes)
        {
            throw SecurityTraxException.Invalid("name", $"At most {MaxTypes} {many}.");
        }

        return clean;
    }

    /// <summary>The listed spelling of <paramref name="name"/> (trimmed, any case), or null when it is not listed.</summary>
    public static string? Resolve(IEnumerable<string> types, string? name) =>
        types.FirstOrDefault(t => string.Equals(t, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
