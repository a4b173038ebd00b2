using Microsoft.Extensions.Configuration;
using Npgsql;

namespace SecurityTrax.Silo.Database;

/// <summary>The two connection strings of DESIGN §1: the owner's for migrations, the runtime role's for all else.</summary>
public sealed record DatabaseSettings(string Owner, string Runtime)
{
    public const string OwnerKey = "ConnectionStrings:Owner";
    public const string RuntimeKey = "ConnectionStrings:Runtime";

    /// <summary>The runtime connection string tuned for the Orleans providers.</summary>
    /// <remarks>
    /// The providers open and close a pooled connection per call; without these settings Npgsql resets
    /// each one (DISCARD ALL) and drops its prepared statements. The providers leave no session state
    /// behind, so skipping the reset is safe for them, and only for them.
    /// </remarks>
    public string ProviderConnectionString => new NpgsqlConnectionStringBuilder(Runtime)
    {
        NoResetOnClose = true,
        MaxAutoPrepare = 10,
        AutoPrepareMinUsages = 2,
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
