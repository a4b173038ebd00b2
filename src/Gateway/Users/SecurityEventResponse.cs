using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Users;

public sealed record SecurityEventResponse(
    long Sequence, DateTimeOffset OccurredAt, string Kind, string? UserId, string? UserName, string Actor, string? ClientIp, string? Detail)
{
    public static SecurityEventResponse From(SecurityEventDetails e) =>
        new(e.Sequence, e.OccurredAt, e.Kind, e.UserId, e.UserName, e.ActorName, e.ClientIp, e.Detail);
}
