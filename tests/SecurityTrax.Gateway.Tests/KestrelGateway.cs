using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SecurityTrax.Gateway.Tests;

/// <summary>
/// Another gateway of the shared system on a real socket, for what the in-memory test server never shows: it hands a
/// request to the app only once its body is complete and enforces no body size.
/// </summary>
public static class KestrelGateway
{
    /// <summary>A client of a new Kestrel gateway with <paramref name="settings"/>, signed in as <paramref name="userName"/>.</summary>
    public static async Task<HttpClient> ClientAsync(
        GatewayFixture fixture, string tenant, string userName, string password, Dictionary<string, string?> settings)
    {
        // Port 0: the system picks a free loopback port; appsettings' fixed 5080 may be taken by another run on the machine.
        settings["Urls"] = "http://127.0.0.1:0";
        var gateway = fixture.StartGateway(settings);
        gateway.UseKestrel(0);
        gateway.StartServer();
        var token = await fixture.TokenAsync(tenant, userName, password, gateway);
        // Without the redirect handler: it loads a request's whole content into memory before sending it (to resend it
        // on a redirect), so a body that halts would never leave the client and the server would never see the upload.
        using var listening = gateway.CreateClient();
        var client = gateway.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = listening.BaseAddress!,
        });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }
}
