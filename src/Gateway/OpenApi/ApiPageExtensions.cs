using Scalar.AspNetCore;

namespace SecurityTrax.Gateway.OpenApi;

public static class ApiPageExtensions
{
    /// <summary>The OpenAPI document and the interactive API page (/scalar), set up to authenticate with a pasted bearer token.</summary>
    public static WebApplication MapSecurityTraxApiDocument(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o
            .WithTitle("SecurityTrax API")
            .AddPreferredSecuritySchemes(SecuritySchemesOpenApi.Bearer)
            .AddHttpAuthentication(SecuritySchemesOpenApi.Bearer, bearer => bearer.Token = "")
            // A pasted token survives a page reload, so trying several calls does not mean pasting it each time.
            .EnablePersistentAuthentication())
            .AllowAnonymous();
        return app;
    }
}
