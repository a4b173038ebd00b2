using Npgsql;
using SecurityTrax.FileStore;
using SecurityTrax.Gateway.Hosting;

namespace SecurityTrax.Gateway.Files;

public static class FileStoreHosting
{
    /// <summary>How long an upload may send nothing before it is given up (<c>Files:StallTimeout</c>).</summary>
    public const string StallTimeoutKey = "Files:StallTimeout";

    /// <summary>The file store the gateway streams uploads into and downloads out of (DESIGN §9).</summary>
    /// <remarks>
    /// The PostgreSQL store opens its data source on first use, so a gateway without a runtime connection string still
    /// starts (clustering does not need one on a single machine); its first file request then names the missing key.
    /// </remarks>
    public static WebApplicationBuilder AddSecurityTraxFiles(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSingleton<IFileStore>(_ => new LazyFileStore(() => FileStoreSettings.Create(
            configuration[FileStoreSettings.StoreKey],
            configuration[FileStoreSettings.RootKey],
            () => NpgsqlDataSource.Create(configuration[OrleansClientExtensions.RuntimeConnectionKey] is { Length: > 0 } connection
                ? connection
                : throw new InvalidOperationException(
                    $"Configuration '{OrleansClientExtensions.RuntimeConnectionKey}' is required for the PostgreSQL file store (environment variable ConnectionStrings__Runtime).")))));
        builder.Services.AddSingleton(new UploadLimits(
            configuration.GetValue(StallTimeoutKey, TimeSpan.FromSeconds(30))));
        return builder;
    }
}
