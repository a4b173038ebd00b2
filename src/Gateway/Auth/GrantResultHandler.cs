using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using SecurityTrax.Gateway.Http;

namespace SecurityTrax.Gateway.Auth;

/// <summary>Remembers which grants a refused request lacked, so its 403 problem can name them; the default handler answers.</summary>
public sealed class GrantResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure is { } failure)
        {
            MissingGrants.Set(context, [.. failure.FailedRequirements.OfType<GrantRequirement>().Select(r => r.Grant).Distinct().Order(StringComparer.Ordinal)]);
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
