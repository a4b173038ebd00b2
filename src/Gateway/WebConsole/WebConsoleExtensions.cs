namespace SecurityTrax.Gateway.WebConsole;

/// <summary>Serves the dealer's console (the referenced SecurityTrax.Web app) at <c>/</c>, beside the API.</summary>
public static class WebConsoleExtensions
{
    public static WebApplicationBuilder AddSecurityTraxWebConsole(this WebApplicationBuilder builder)
    {
        // The console's files are found through the static web assets manifest when the gateway runs from its build
        // output (./run.sh, tests) in any environment; a publish folder has them in wwwroot and no manifest.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.Configure<RouteOptions>(o => o.SetParameterPolicy<ConsoleRouteConstraint>(ConsoleRouteConstraint.Name));
        return builder;
    }

    public static WebApplication MapWebConsole(this WebApplication app)
    {
        // The console's files are public; the API calls it makes are not.
        app.MapStaticAssets().AllowAnonymous();
        // A deep link (/customers/1042/contacts) loads the app, whose router shows the screen.
        app.MapFallbackToFile($"{{*path:{ConsoleRouteConstraint.Name}}}", "index.html").AllowAnonymous();
        return app;
    }
}
