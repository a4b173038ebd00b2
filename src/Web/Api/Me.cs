using System.Text.Json.Serialization;

namespace SecurityTrax.Web.Api;

/// <summary><c>GET /api/v1/me</c>: who is signed in and what the role grants.</summary>
public sealed record Me(string Tenant, [property: JsonConverter(typeof(IdText))] string UserId, string UserName, string Role, string[] Grants)
{
    public bool Has(string grant) => Grants.Contains(grant, StringComparer.Ordinal);
}
