using Microsoft.AspNetCore.Authorization;

namespace SecurityTrax.Gateway.Auth;

public sealed class GrantHandler : AuthorizationHandler<GrantRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, GrantRequirement requirement)
    {
        if (CurrentUser.From(context.User) is { } user && user.Grants.Contains(requirement.Grant))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
