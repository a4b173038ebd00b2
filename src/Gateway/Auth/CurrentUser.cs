using System.Security.Claims;

namespace SecurityTrax.Gateway.Auth;

/// <summary>The signed-in user of a request, read from the access token: the only source of the tenant.</summary>
public sealed record CurrentUser(string Tenant, string UserId, string UserName, string Role, IReadOnlySet<string> Grants)
{
    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || principal.FindFirstValue(ClaimNames.Tenant) is not { } tenant
            || principal.FindFirstValue(ClaimNames.Subject) is not { } userId)
        {
            return null;
        }

        var grants = principal.FindFirstValue(ClaimNames.Grants)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return new CurrentUser(
            tenant,
            userId,
            principal.FindFirstValue(ClaimNames.Name) ?? userId,
            principal.FindFirstValue(ClaimNames.Role) ?? "",
            grants.ToHashSet(StringComparer.Ordinal));
    }

    public string Key(string id) => GrainKeys.For(Tenant, id);

    /// <summary>Lets handlers take the user as a parameter; endpoints that do also require authentication.</summary>
    public static ValueTask<CurrentUser?> BindAsync(HttpContext context) => ValueTask.FromResult(From(context.User));
}
