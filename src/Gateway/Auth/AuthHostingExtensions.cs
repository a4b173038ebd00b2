using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace SecurityTrax.Gateway.Auth;

public static class AuthHostingExtensions
{
    public const string HubPath = "/hubs";

    /// <summary>JWT bearer authentication (also for SignalR) refusing tokens of ended sessions, grant-based authorization, token minting.</summary>
    public static WebApplicationBuilder AddSecurityTraxAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>()
            .Bind(builder.Configuration.GetSection(AuthOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AuthOptions>, SigningKeyValidator>();
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddSingleton<SessionBoundaries>();
        builder.Services.AddSingleton<SessionCheck>();
        builder.Services.AddSingleton<IAuthorizationHandler, GrantHandler>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, GrantResultHandler>();
        builder.Services.AddAuthorization();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, TimeProvider, SessionCheck>((jwt, auth, time, sessions) =>
            {
                var o = auth.Value;
                jwt.MapInboundClaims = false;
                // Nothing reads the token back from the authentication properties.
                jwt.SaveToken = false;
                jwt.TokenHandlers.Clear();
                jwt.TokenHandlers.Add(new CachingTokenHandler(time) { MapInboundClaims = false });
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = o.Issuer,
                    ValidAudience = o.Audience,
                    IssuerSigningKey = TryKey(o) ? TokenIssuer.SigningKey(o) : null,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = ClaimNames.Name,
                    RoleClaimType = ClaimNames.Role,
                };
                jwt.Events = new JwtBearerEvents
                {
                    // Browsers cannot set headers on WebSockets: the hub takes the token from the query; everything
                    // else from the Authorization header, cut once per connection.
                    OnMessageReceived = context =>
                    {
                        if (context.HttpContext.Request.Path.StartsWithSegments(HubPath)
                            && context.Request.Query["access_token"].ToString() is { Length: > 0 } token)
                        {
                            context.Token = token;
                        }
                        else
                        {
                            context.Token = BearerTokens.From(context.Request.Headers.Authorization.ToString());
                        }

                        return Task.CompletedTask;
                    },
                    // The token's session must not have ended since it was issued (issue 22 follow-up).
                    OnTokenValidated = sessions.OnTokenValidatedAsync,
                    OnChallenge = SessionCheck.OnChallengeAsync,
                };
            });
        return builder;
    }

    private static bool TryKey(AuthOptions o)
    {
        try
        {
            return !string.IsNullOrEmpty(o.SigningKey) && o.KeyBytes().Length >= 32;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
