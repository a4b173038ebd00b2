using System.Text.Json.Serialization;

namespace SecurityTrax.Web.Api.Settings;

/// <summary>A user of <c>GET /api/v1/users</c> as the settings screens show and edit it.</summary>
public sealed record UserAccount(
    [property: JsonConverter(typeof(IdText))] string Id, string UserName, string DisplayName, string? Email, string Role, bool Disabled,
    DateTimeOffset CreatedAt);
