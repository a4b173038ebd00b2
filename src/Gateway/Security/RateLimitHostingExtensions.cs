using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;

namespace SecurityTrax.Gateway.Security;

public static class RateLimitHostingExtensions
{
    /// <summary>
    /// ASP.NET Core's rate limiter on the routes of <see cref="RateLimitedRoutes"/>: a user's and their company's
    /// windows both must have room; a refusal is a 429 ProblemDetails with <c>Retry-After</c>.
    /// </summary>
    public static WebApplicationBuilder AddSecurityTraxRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>()
            .Bind(builder.Configuration.GetSection(RateLimitOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => RateLimitedRoutes.Groups.All(g => o.For(g).PerUser > 0 && o.For(g).PerCompany > 0), "RateLimits:*:PerUser and PerCompany must be at least 1.")
            .ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, limits) =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(Limiter(limits.Value, perCompany: false), Limiter(limits.Value, perCompany: true));
            o.OnRejected = (context, _) => RejectAsync(context, limits.Value.Window);
        });
        return builder;
    }

    private static PartitionedRateLimiter<HttpContext> Limiter(RateLimitOptions limits, bool perCompany) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            if (http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName is not { } operation
                || !RateLimitedRoutes.GroupByOperation.TryGetValue(operation, out var group)
                || CurrentUser.From(http.User) is not { } user)
            {
                return RateLimitPartition.GetNoLimiter("");
            }

            var limit = limits.For(group);
            var key = perCompany ? $"{group} {user.Tenant}" : $"{group} {user.Tenant}/{user.UserId}";
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perCompany ? limit.PerCompany : limit.PerUser,
                Window = limits.Window,
                QueueLimit = 0,
            });
        });

    private static ValueTask RejectAsync(OnRejectedContext context, TimeSpan window)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = ErrorResponses.Problem(
                StatusCodes.Status429TooManyRequests, ProblemTypes.RateLimited, "Too many requests.",
                $"This route's limit for you or your company is used up; try again in {seconds} s."),
        });
    }
}
