using Scalar.AspNetCore;
using SecurityTrax.Gateway.Health;
using SecurityTrax.Gateway.Hosting;
using SecurityTrax.Gateway.Tenancy;
using SecurityTrax.Gateway.Tenants;

var builder = WebApplication.CreateBuilder(args);
builder.AddSecurityTraxOrleansClient();
builder.AddSecurityTraxHttp();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<CurrentTenant>();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealthApi();
app.MapSettingsApi();
app.Run();

/// <summary>Visible to the gateway tests' WebApplicationFactory.</summary>
public partial class Program;
