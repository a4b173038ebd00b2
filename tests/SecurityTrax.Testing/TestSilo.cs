using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SecurityTrax.Silo.Hosting;

namespace SecurityTrax.Testing;

/// <summary>A real silo, configured exactly as the production host is, on free loopback ports.</summary>
public sealed class TestSilo : IAsyncDisposable
{
    private TestSilo(IHost host, int siloPort, int gatewayPort)
    {
        Host = host;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
    }

    /// <summary>One random key per test run, so that silos restarted on the same database read what earlier ones wrote.</summary>
    public static readonly string EncryptionKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public IHost Host { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public IGrainFactory Grains => Host.Services.GetRequiredService<IGrainFactory>();

    public string Address => Host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToString();

    public static async Task<TestSilo> StartAsync(
        TestDatabase database,
        string serviceId,
        string clusterId,
        string membership = "Localhost",
        Action<ISiloBuilder>? configureSilo = null,
        Action<IServiceCollection>? configureServices = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        (int Silo, int Gateway)? ports = null)
    {
        var siloPort = ports?.Silo ?? FreePorts.Next();
        var gatewayPort = ports?.Gateway ?? FreePorts.Next();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Owner"] = database.Owner,
            ["ConnectionStrings:Runtime"] = database.Runtime,
            ["Cluster:ServiceId"] = serviceId,
            ["Cluster:ClusterId"] = clusterId,
            ["Cluster:Membership"] = membership,
            ["Cluster:SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster:GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Encryption:Key"] = EncryptionKey,
        });
        builder.Configuration.AddInMemoryCollection(TestCertificates.Silo);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddSecurityTraxSilo(configureSilo);
        configureServices?.Invoke(builder.Services);
        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new TestSilo(host, siloPort, gatewayPort);
    }

    public async Task StopAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Host.StopAsync(timeout.Token);
    }

    /// <summary>Stops at once, without a graceful shutdown: connections drop and calls in flight are cut off.</summary>
    public async Task KillAsync()
    {
        await Host.StopAsync(new CancellationToken(canceled: true));
        Host.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Host.Dispose();
    }
}
