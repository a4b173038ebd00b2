using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using SecurityTrax.CreditReports;
using SecurityTrax.Customers;
using SecurityTrax.Identity;
using SecurityTrax.Integrations;
using SecurityTrax.Persistence;

namespace SecurityTrax.Security;

/// <summary>
/// Finds the stored records (customers, integration settings, credit report books) whose state still carries a value
/// not written as v2 under the newest key, and has each grain rewrite its own state, so no write races an activation.
/// </summary>
/// <remarks>
/// Idempotent and resumable without a cursor of its own: a rewritten record no longer matches, so a pass that stopped
/// half way (a crash, a restart) is finished by the next one. One pass walks the matches once, in key order, so a value
/// that does not decrypt (copied from elsewhere) is reported and left, not retried in a loop.
/// </remarks>
public sealed partial class ConfidentialRewrapGrain(
    NpgsqlDataSource database, IOptions<ClusterOptions> cluster, ConfidentialCipher cipher, [FromKeyedServices(Clock.Key)] TimeProvider time,
    ILogger<ConfidentialRewrapGrain> logger) : Grain, IConfidentialRewrapGrain
{
    private const int Batch = 200;

    /// <summary>The storage names of the grains that hold confidential values, and their grain classes.</summary>
    private static readonly Dictionary<string, string> Holders = new(StringComparer.Ordinal)
    {
        [StorageNames.Customer] = typeof(CustomerGrain).FullName!,
        [StorageNames.IntegrationSettings] = typeof(IntegrationSettingsGrain).FullName!,
        [CreditReportStorageNames.CreditReports] = typeof(CreditReportBookGrain).FullName!,
    };

    private ConfidentialRewrapReport? _last;

    public async Task RunAsync()
    {
        int examined = 0, rewritten = 0, failed = 0;
        var after = ("", "");
        while (await StaleAsync(after) is { Count: > 0 } page)
        {
            foreach (var (type, key) in page)
            {
                examined++;
                CallerContext.Set(Caller.System(GrainKeys.TenantOf(key), ChangeSources.System));
                try
                {
                    rewritten += await GrainFactory.GetGrain<IConfidentialRecordGrain>(key, Holders[type]).RewrapConfidentialAsync() ? 1 : 0;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A value copied from elsewhere, or a record that cannot be saved now: the next pass tries again.
                    failed++;
                    LogFailed(key, e.Message);
                }
            }

            after = page[^1];
        }

        _last = new ConfidentialRewrapReport(cipher.NewestKeyId, examined, rewritten, failed, time.GetUtcNow());
        if (examined > 0)
        {
            LogFinished(cipher.NewestKeyId, examined, rewritten, failed);
        }
    }

    public Task<ConfidentialRewrapReport?> LastRunAsync() => Task.FromResult(_last);

    /// <summary>Records after <paramref name="after"/> (type, key) whose JSON holds a v1 value or a v2 value of another key.</summary>
    private async Task<List<(string Type, string Key)>> StaleAsync((string Type, string Key) after)
    {
        await using var command = database.CreateCommand("""
            SELECT graintypestring, grainidextensionstring FROM orleansstorage
            WHERE serviceid = $1 AND graintypestring = ANY($2) AND (graintypestring, grainidextensionstring) > ($3, $4)
              AND convert_from(payloadbinary, 'UTF8') ~ $5
            ORDER BY graintypestring, grainidextensionstring
            LIMIT $6
            """);
        command.Parameters.Add(new() { Value = cluster.Value.ServiceId });
        command.Parameters.Add(new() { Value = Holders.Keys.ToArray() });
        command.Parameters.Add(new() { Value = after.Type });
        command.Parameters.Add(new() { Value = after.Key });
        command.Parameters.Add(new() { Value = $"\"(v1:|v2:(?!{Regex.Escape(cipher.NewestKeyId)}:))" });
        command.Parameters.Add(new() { Value = Batch });
        var found = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            found.Add((reader.GetString(0), reader.GetString(1)));
        }

        return found;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-encryption under key {KeyId}: {Examined} records examined, {Rewritten} rewritten, {Failed} failed")]
    private partial void LogFinished(string keyId, int examined, int rewritten, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-encryption: {Key} was left as it is: {Reason}")]
    private partial void LogFailed(string key, string reason);
}
