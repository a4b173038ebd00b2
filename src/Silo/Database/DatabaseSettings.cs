using Microsoft.Extensions.Configuration;
using Npgsql;

namespace SecurityTrax.Silo.Database;

/// <summary>The two connection strings of DESIGN §1: the owner's for migrations, the runtime role's for all else.</summary>
public sealed record DatabaseSettings(string Owner, string Runtime)
{
    public const string OwnerKey = "ConnectionStrings:Owner";
    public const string RuntimeKey = "ConnectionStrings:Runtime";

    /// <summary>The runtime connection string, tuned for many short statements from a few pooled connections.</summary>
    /// <remarks>
    /// The Orleans providers and our grains open and close a pooled connection per call; without these settings
    /// Npgsql resets each one (DISCARD ALL) and drops its prepared statements, so every statement is parsed and
    /// planned again. Nothing on the runtime connections leaves session state behind (no SET, temporary tables or
    /// session locks; the migrator's advisory lock is taken on the owner's own connection), so skipping the reset
    /// is safe. Up to 64 statement texts per connection stay prepared. A batch of many grains' statements is sent in
    /// 128 KB writes rather than 8 KB ones (each write is a system call).
    /// </remarks>
    public string ProviderConnectionString => new NpgsqlConnectionStringBuilder(Runtime)
    {
        NoResetOnClose = true,
        MaxAutoPrepare = 64,
        AutoPrepareMinUsages = 2,
        WriteBufferSize = 128 * 1024,
    }.ConnectionString;

    public string RuntimeRole =>
        new NpgsqlConnectionStringBuilder(Runtime).Username
        ?? throw new InvalidOperationException($"{RuntimeKey} must name a user (Username=…).");

    public static DatabaseSettings FromConfiguration(IConfiguration configuration) =>
        new(Required(configuration, OwnerKey), Required(configuration, RuntimeKey));

    private static string Required(IConfiguration configuration, string key)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            var variable = key.Replace(":", "__", StringComparison.Ordinal);
            throw new InvalidOperationException(
                $"Configuration '{key}' is required (environment variable {variable}).");
        }

        return value;
    }
}
