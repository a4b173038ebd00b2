using Microsoft.AspNetCore.Authorization;

namespace SecurityTrax.Gateway.Auth;

public sealed class GrantHandler : AuthorizationHandler<GrantRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, GrantRequirement requirement)
    {
        var user = context.Resource is HttpContext http ? CurrentUser.Of(http) : CurrentUser.From(context.User);
        if (user is not null && (user.Grants.Contains(requirement.Grant) || (requirement.Narrower is { } narrower && user.Grants.Contains(narrower))
            || requirement.Alternatives.Any(user.Grants.Contains)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
