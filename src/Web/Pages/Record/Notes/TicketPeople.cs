using SecurityTrax.Web.Api;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Pages.Record.Notes;

/// <summary>
/// The users a ticket can be assigned to, and their names for ids in lists. The whole list needs <c>users.view</c>;
/// without it the signed-in user is the only one offered.
/// </summary>
public static class TicketPeople
{
    public static async Task<UserSummary[]> LoadAsync(ApiClient api, AuthSession session)
    {
        var me = session.Me!;
        if (me.Has("users.view") && (await api.GetAsync<UserSummary[]>("api/v1/users")).Value is { Length: > 0 } users)
        {
            return users;
        }

        return long.TryParse(me.UserId, out var id) ? [new UserSummary(id, me.UserName, me.UserName)] : [];
    }

    public static string NameOf(IEnumerable<UserSummary> users, string? id) =>
        id is null ? "" : users.FirstOrDefault(u => u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == id)?.DisplayName ?? $"user {id}";

    public static string StatusLabel(string? status) => status?.Replace('_', ' ') ?? "";
}
