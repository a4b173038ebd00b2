using SecurityTrax.Platform;

namespace SecurityTrax.Gateway.Hosting;

/// <summary>
/// Whether the cluster this gateway reached is its own installation's: the silo that answers must report this
/// gateway's service and cluster ids and the installation id that the gateway reads from its own database. Checked
/// once per connection period (again after the connection to the silos was lost); while unchecked or mismatched the
/// gateway serves nothing.
/// </summary>
/// <remarks>
/// The ids alone do not tell two systems apart (a copied configuration, or a second system started on the same
/// ports); the database's installation row does, since each installation's migrations wrote their own.
/// </remarks>
public sealed partial class ClusterIdentityCheck(
    IServiceProvider services,
    OwnInstallation own,
    ClusterConnectionWatch watch,
    string serviceId,
    string clusterId,
    TimeProvider time,
    ILogger<ClusterIdentityCheck> logger)
{
    /// <summary>How long a failed check is the answer before the next call checks again.</summary>
    public static readonly TimeSpan RetryWait = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    private const string Refusal =
        "This gateway reached a silo that is not of its own installation and refuses to serve from it; the gateway's log says why.";

    private readonly Lock _gate = new();
    private volatile bool _verified;
    private Task<string?>? _running;
    private long _failedAt;
    private string _failure = "";
    private string _logged = "";

    public bool IsVerified => _verified;

    /// <summary>Completes when the cluster is this installation's; throws <see cref="ClusterUnavailableException"/> if not.</summary>
    public Task EnsureAsync() => _verified ? Task.CompletedTask : CheckAsync();

    private async Task CheckAsync()
    {
        Task<string?> running;
        lock (_gate)
        {
            if (_verified)
            {
                return;
            }

            if (_running is null && _failedAt != 0 && time.GetElapsedTime(_failedAt) < RetryWait)
            {
                throw new ClusterUnavailableException(_failure);
            }

            running = _running ??= RunAsync();
        }

        if (await running is { } failure)
        {
            throw new ClusterUnavailableException(failure);
        }
    }

    private async Task<string?> RunAsync()
    {
        // The caller assigns the task under the lock before this continues.
        await Task.Yield();
        var period = watch.Lost;
        string? failure;
        try
        {
            var expected = await own.ReadAsync();
            var actual = await services.GetRequiredService<IGrainFactory>().GetGrain<IInstallationGrain>(0)
                .GetIdentityAsync().WaitAsync(CallTimeout);
            failure = Mismatch(expected, actual);
            if (failure is null)
            {
                LogVerified(actual.InstallationId, actual.ServiceId, actual.ClusterId);
            }
            else
            {
                LogOnce(failure, critical: true);
                failure = Refusal;
            }
        }
        catch (Exception e) when (e is not ClusterUnavailableException)
        {
            failure = $"This gateway could not check that the cluster it reached is its own installation's ({e.GetType().Name}).";
            LogOnce($"{failure} {e.Message}", critical: false);
        }
        catch (ClusterUnavailableException e)
        {
            failure = e.Message;
        }

        lock (_gate)
        {
            _running = null;
            _verified = failure is null;
            _failedAt = failure is null ? 0 : time.GetTimestamp();
            _failure = failure ?? "";
            if (failure is null)
            {
                _logged = "";
            }
        }

        if (failure is null)
        {
            // Another connection may lead to another cluster: check again after this one is lost.
            period.Register(() => _verified = false);
        }

        return failure;
    }

    private string? Mismatch(Guid expected, InstallationIdentity actual)
    {
        if (actual.ServiceId != serviceId || actual.ClusterId != clusterId)
        {
            return $"The silo this gateway reached belongs to service '{actual.ServiceId}', cluster '{actual.ClusterId}', "
                + $"not to this gateway's service '{serviceId}', cluster '{clusterId}'. It serves nothing until it reaches its own.";
        }

        return actual.InstallationId == expected
            ? null
            : $"The silo this gateway reached uses the database of installation {actual.InstallationId}, but this gateway's "
              + $"database is installation {expected}: it is another system's silo (same service and cluster ids). "
              + "It serves nothing until it reaches its own; give each installation its own cluster id and ports.";
    }

    private void LogOnce(string reason, bool critical)
    {
        lock (_gate)
        {
            if (reason == _logged)
            {
                return;
            }

            _logged = reason;
        }

        if (critical)
        {
            LogMismatch(reason);
        }
        else
        {
            LogUnchecked(reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The cluster is this installation's: installation {Installation}, service {ServiceId}, cluster {ClusterId}")]
    private partial void LogVerified(Guid installation, string serviceId, string clusterId);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to serve: {Reason}")]
    private partial void LogMismatch(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Reason}")]
    private partial void LogUnchecked(string reason);
}
