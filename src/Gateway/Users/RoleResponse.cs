using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Users;

public sealed record RoleResponse(string Name, string[] Grants, bool BuiltIn)
{
    public static RoleResponse From(RoleDetails r) => new(r.Name, r.Grants, r.BuiltIn);
}
