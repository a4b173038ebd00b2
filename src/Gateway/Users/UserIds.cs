using System.Globalization;

namespace SecurityTrax.Gateway.Users;

/// <summary>
/// User ids are numbers in the API. Inside, a user's id is the text of its per-company number ("7", stored state keeps
/// it so), and work the system does by itself is recorded as "system", which the API shows as no user (null).
/// </summary>
public static class UserIds
{
    public static long? Number(string? id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The id of a real user (never the system).</summary>
    public static long Of(string id) =>
        Number(id) ?? throw new InvalidOperationException("A user id is the text of a number.");

    public static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static string? Text(long? id) => id?.ToString(CultureInfo.InvariantCulture);
}
