using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace SecurityTrax.Gateway.Hosting;

public static class OrleansClientExtensions
{
    public const string RuntimeConnectionKey = "ConnectionStrings:Runtime";

    /// <summary>Connects the gateway to the silos as an Orleans client; it never hosts grains.</summary>
    public static WebApplicationBuilder AddSecurityTraxOrleansClient(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(GatewayOrleansOptions.Section).Get<GatewayOrleansOptions>()
            ?? new GatewayOrleansOptions();
        if (DocumentGeneration.IsRunning)
        {
            // The document tool's run never connects; it only needs the registrations.
            options.ClusterId = "document-generation";
        }

        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, true))
        {
            throw new OptionsValidationException(
                GatewayOrleansOptions.Section,
                typeof(GatewayOrleansOptions),
                results.Select(r => $"{GatewayOrleansOptions.Section}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
        }

        builder.Services.AddSingleton<IClientConnectionRetryFilter>(
            sp => new ConnectRetryFilter(options.ConnectRetryWindow, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ConnectRetryFilter>>()));

        builder.Services.AddSingleton<ClusterConnectionWatch>();
        builder.Services.AddSingleton<IClusterConnectionStatusObserver>(sp => sp.GetRequiredService<ClusterConnectionWatch>());
        builder.UseOrleansClient(client =>
        {
            client.AddOutgoingGrainCallFilter<FailFastWhenDisconnected>();
            if (options.Membership == "AdoNet")
            {
                var connection = builder.Configuration[RuntimeConnectionKey];
                if (string.IsNullOrWhiteSpace(connection))
                {
                    throw new InvalidOperationException(
                        $"Configuration '{RuntimeConnectionKey}' is required when Cluster:Membership is AdoNet (environment variable ConnectionStrings__Runtime).");
                }

                client.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = options.ClusterId;
                    o.ServiceId = options.ServiceId;
                });
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = connection;
                });
            }
            else
            {
                client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
            }
        });
        GrainInterfaceTypeCache.Register(builder.Services);

        return builder;
    }
}
