using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;
using Orleans.Storage;
using SecurityTrax.Customers;
using SecurityTrax.Invoices;
using SecurityTrax.Outbox;
using SecurityTrax.RecurringInvoices;
using SecurityTrax.Security;
using SecurityTrax.Persistence;
using SecurityTrax.Silo.Tenancy;
using SecurityTrax.Tickets;
using SecurityTrax.Silo.Database;
using SecurityTrax.Silo.Maintenance;
using SecurityTrax.Silo.Persistence;

namespace SecurityTrax.Silo.Hosting;

public static class SiloHostingExtensions
{
    private const string Invariant = "Npgsql";

    /// <summary>Everything a SecurityTrax silo is: migrations, Orleans on PostgreSQL, the grains' services.</summary>
    /// <param name="configureSilo">Extra silo configuration, for tests (shorter reminder periods and the like).</param>
    public static IHostApplicationBuilder AddSecurityTraxSilo(
        this IHostApplicationBuilder builder,
        Action<ISiloBuilder>? configureSilo = null)
    {
        var database = DatabaseSettings.FromConfiguration(builder.Configuration);
        var orleans = builder.Configuration.GetSection(OrleansHostingOptions.Section).Get<OrleansHostingOptions>()
            ?? new OrleansHostingOptions();
        Validate(orleans);
        var trust = ClusterTrust.FromConfiguration(builder.Configuration, ClusterRole.Silo);

        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton<DatabaseMigrator>();
        // First: nothing else starts (migrations included) when the silo's ports are taken.
        builder.Services.AddHostedService<PortGuard>();
        builder.Services.AddHostedService<MigrationHostedService>();
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(database.ProviderConnectionString));
        builder.Services.TryAddKeyedSingleton(Clock.Key, TimeProvider.System);
        builder.Services.AddSingleton<OutboxWriter>();
        builder.Services.AddSingleton<SecurityTrax.FileStore.IFileStore>(sp => SecurityTrax.FileStore.FileStoreSettings.Create(
            builder.Configuration[SecurityTrax.FileStore.FileStoreSettings.StoreKey],
            builder.Configuration[SecurityTrax.FileStore.FileStoreSettings.RootKey],
            sp.GetRequiredService<NpgsqlDataSource>));
        builder.Services.AddSingleton<IReadModelProjection, CustomerListProjection>();
        builder.Services.AddSingleton<IReadModelProjection, NoteListProjection>();
        builder.Services.AddSecurityTraxMessaging(builder.Configuration);
        builder.Services.AddSingleton<IReadModelProjection, InvoiceListProjection>();
        builder.Services.AddSingleton<IReadModelProjection, RecurringInvoiceListProjection>();
        builder.Services.AddSingleton<IReadModelProjection, SecurityTrax.Scheduling.AppointmentListProjection>();
        builder.Services.AddSingleton<IReadModelProjection, SecurityTrax.Scheduling.TechnicianListProjection>();
        builder.Services.AddSingleton(new BillingThrottle());
        builder.Services.AddSecurityTraxPayments(builder.Configuration);
        builder.Services.AddSecurityTraxCreditReports(builder.Configuration);
        builder.Services.AddSecurityTraxPrinting(builder.Configuration);
        builder.Services.AddSingleton(new ConfidentialCipher(EncryptionKeyRing.From(builder.Configuration)));
        builder.Services.Configure<BootstrapOptions>(builder.Configuration.GetSection(BootstrapOptions.Section));
        builder.Services.AddHostedService<TenantBootstrapper>();
        builder.Services.AddHostedService<ConfidentialRewrapStarter>();
        builder.Services.AddHostedService<IdempotencyJanitor>();
        builder.Services.AddHostedService<StartupAnnouncer>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));

        builder.UseOrleans(silo =>
        {
            ConfigureClustering(silo, orleans, database);
            silo.UseClusterTls(trust);
            // Grains use the batching storage; it keeps the ADO.NET provider's rows and queries (docs/decisions.md).
            silo.AddAdoNetGrainStorage(BatchingGrainStorage.AdoNetName, o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = database.ProviderConnectionString;
            });
            silo.Services.AddGrainStorage(StorageNames.Main, (services, _) => new BatchingGrainStorage(
                (AdoNetGrainStorage)services.GetRequiredKeyedService<IGrainStorage>(BatchingGrainStorage.AdoNetName),
                services.GetRequiredService<NpgsqlDataSource>(),
                services.GetRequiredService<IActivatorProvider>(),
                services.GetRequiredService<IOptions<ClusterOptions>>()));
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = database.ProviderConnectionString;
            });
            silo.AddIncomingGrainCallFilter<TenantIsolationFilter>();
            silo.AddIncomingGrainCallFilter<SiloOnlyCallFilter>();
            configureSilo?.Invoke(silo);
        });
        GrainInterfaceTypeCache.Register(builder.Services);

        return builder;
    }

    private static void ConfigureClustering(ISiloBuilder silo, OrleansHostingOptions orleans, DatabaseSettings database)
    {
        if (orleans.Membership == ClusteringMode.Localhost)
        {
            silo.UseLocalhostClustering(orleans.SiloPort, orleans.GatewayPort, null, orleans.ServiceId, orleans.ClusterId);
            return;
        }

        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = orleans.ClusterId;
            o.ServiceId = orleans.ServiceId;
        });
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = database.ProviderConnectionString;
        });

        var advertised = Resolve(orleans.AdvertisedAddress);
        var listen = orleans.ListenAddress is { Length: > 0 } l ? Resolve(l) : advertised;
        silo.Configure<EndpointOptions>(o =>
        {
            o.AdvertisedIPAddress = advertised;
            o.SiloPort = orleans.SiloPort;
            o.GatewayPort = orleans.GatewayPort;
            o.SiloListeningEndpoint = new IPEndPoint(listen, orleans.SiloPort);
            o.GatewayListeningEndpoint = new IPEndPoint(listen, orleans.GatewayPort);
        });
    }

    private static IPAddress Resolve(string address) =>
        IPAddress.TryParse(address, out var ip)
            ? ip
            : Dns.GetHostAddresses(address).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
              ?? throw new InvalidOperationException($"'{address}' does not resolve to an IPv4 address.");

    private static void Validate(OrleansHostingOptions options)
    {
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(
                options, new(options), results, validateAllProperties: true))
        {
            throw new OptionsValidationException(
                OrleansHostingOptions.Section,
                typeof(OrleansHostingOptions),
                results.Select(r => $"{OrleansHostingOptions.Section}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
        }
    }
}
