using Scalar.AspNetCore;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Customers;
using SecurityTrax.Gateway.Health;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Gateway.Hosting;
using SecurityTrax.Gateway.Me;
using SecurityTrax.Gateway.Platform;
using SecurityTrax.Gateway.Realtime;
using SecurityTrax.Gateway.Tenants;
using SecurityTrax.Gateway.Tickets;
using SecurityTrax.Gateway.Users;

var builder = WebApplication.CreateBuilder(args);
builder.AddSecurityTraxOrleansClient();
builder.AddSecurityTraxHttp();
builder.AddSecurityTraxAuth();
builder.AddSecurityTraxRealtime();
builder.Services.Configure<PlatformOptions>(builder.Configuration.GetSection(PlatformOptions.Section));
builder.Services.AddSingleton(TimeProvider.System);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<CallerMiddleware>();
app.UseMiddleware<IdempotencyMiddleware>();
app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealthApi();
app.MapAuthApi();
app.MapMeApi();
app.MapPlatformApi();
app.MapSettingsApi();
app.MapUsersApi();
app.MapRolesApi();
app.MapSecurityLogApi();
app.MapCustomersApi();
app.MapCustomerTagsApi();
app.MapCustomerContactsApi();
app.MapCustomerHistoryApi();
app.MapNotesApi();
app.MapTicketsApi();
app.MapHub<EventsHub>(EventsHub.Path);
app.Run();

/// <summary>Visible to the gateway tests' WebApplicationFactory.</summary>
public partial class Program;
