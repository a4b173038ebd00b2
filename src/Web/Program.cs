using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using SecurityTrax.Web;
using SecurityTrax.Web.Session;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");

// The console is served by the gateway it talks to: same origin, so the API is relative to the page.
builder.Services.AddScoped(_ => new HttpClient { BaseAddress = new Uri(builder.HostEnvironment.BaseAddress) });
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddScoped<TokenStore>();
builder.Services.AddScoped<AuthSession>();
builder.Services.AddScoped<ApiClient>();
builder.Services.AddScoped<FileTransfer>();
builder.Services.AddScoped<SecurityTrax.Web.Live.Inbox>();
builder.Services.AddScoped<SecurityTrax.Web.Live.LiveEvents>();

await builder.Build().RunAsync();
