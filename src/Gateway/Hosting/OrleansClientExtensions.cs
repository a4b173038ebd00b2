using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Connections.Security;
using SecurityTrax.Security;

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

        // The gateway's own view of its database: the installation it must find behind the silos (ClusterIdentityCheck).
        var runtime = builder.Configuration[RuntimeConnectionKey];
        if (string.IsNullOrWhiteSpace(runtime) && !DocumentGeneration.IsRunning)
        {
            throw new InvalidOperationException(
                $"Configuration '{RuntimeConnectionKey}' is required (environment variable ConnectionStrings__Runtime): the gateway "
                + "checks that the silos it reaches use its own database.");
        }

        builder.Services.AddSingleton<IClientConnectionRetryFilter>(
            sp => new ConnectRetryFilter(options.ConnectRetryWindow, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ConnectRetryFilter>>()));

        builder.Services.AddSingleton<ClusterConnectionWatch>();
        builder.Services.AddSingleton<IClusterConnectionStatusObserver>(sp => sp.GetRequiredService<ClusterConnectionWatch>());
        builder.Services.AddSingleton(new OwnInstallation(runtime ?? ""));
        builder.Services.AddSingleton(sp => new ClusterIdentityCheck(
            sp,
            sp.GetRequiredService<OwnInstallation>(),
            sp.GetRequiredService<ClusterConnectionWatch>(),
            options.ServiceId,
            options.ClusterId,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ClusterIdentityCheck>>()));
        builder.UseOrleansClient(client =>
        {
            // First: nothing reaches a silo before the cluster is known to be this installation's.
            client.AddOutgoingGrainCallFilter<OwnClusterOnly>();
            client.AddOutgoingGrainCallFilter<FailFastWhenDisconnected>();
            if (!DocumentGeneration.IsRunning)
            {
                // The silos accept only gateway certificates of this installation's authority; the gateway only silo ones.
                var trust = ClusterTrust.FromConfiguration(builder.Configuration, ClusterRole.Gateway);
                client.UseTls(trust.Certificate, o =>
                {
                    o.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
                    o.RemoteCertificateValidation = (certificate, _, _) => trust.Accepts(certificate, ClusterRole.Silo);
                });
            }

            if (options.Membership == "AdoNet")
            {
                client.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = options.ClusterId;
                    o.ServiceId = options.ServiceId;
                });
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = runtime;
                });
            }
            else
            {
                client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
            }
        });
        // After the Orleans client's own start (it connects first).
        builder.Services.AddHostedService<ClusterIdentityStartup>();
        GrainInterfaceTypeCache.Register(builder.Services);

        return builder;
    }
}
