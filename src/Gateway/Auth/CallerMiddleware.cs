using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Auth;

/// <summary>Puts the signed-in user into the Orleans request context, so every grain call says who acts and what they hold.</summary>
public sealed class CallerMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        CallerContext.Clear();
        if (CurrentUser.Of(context) is { } user)
        {
            CallerContext.Set(new Caller(
                user.Tenant, user.UserId, user.UserName, ChangeSources.Web,
                context.Connection.RemoteIpAddress?.ToString(), context.TraceIdentifier, user.HeldGrants));
        }

        return next(context);
    }
}
