namespace SecurityTrax.Gateway.Auth;

/// <summary>
/// On the user and role write routes: once the user directory has answered, this gateway forgets the company's cached
/// session stamps, so the very next request on this gateway reads the stamps the write may have raised (disable, role
/// change, password reset, a role's new grants) instead of waiting for the directory's push, which is one-way and may
/// arrive after that request. Other gateways still learn by the push, or after <c>Auth:SessionCheckSeconds</c>.
/// </summary>
public sealed class SessionWritesFilter(SessionBoundaries boundaries) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            return await next(context);
        }
        finally
        {
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && CurrentUser.Of(http) is { } me)
            {
                boundaries.ForgetCompany(me.Tenant);
            }
        }
    }
}
