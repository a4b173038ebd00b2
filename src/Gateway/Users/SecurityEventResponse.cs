using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Users;

public sealed record SecurityEventResponse(
    long Sequence, DateTimeOffset OccurredAt, string Kind, long? UserId, string? UserName, string Actor, string? ClientIp, string? Detail)
{
    public static SecurityEventResponse From(SecurityEventDetails e) =>
        new(e.Sequence, e.OccurredAt, e.Kind, UserIds.Number(e.UserId), e.UserName, e.ActorName, e.ClientIp, e.Detail);
}
