using System.Net.Http.Json;
using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Session;

/// <summary>
/// The signed-in user: the access token in memory, the rotating refresh token in <see cref="TokenStore"/>, and a
/// background renewal before expiry that changes no screen state, so nothing typed is lost.
/// </summary>
public sealed class AuthSession(HttpClient http, TokenStore store, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan OfflineRetry = TimeSpan.FromSeconds(15);

    private CancellationTokenSource? _renewal;
    private Task<bool>? _refreshing;
    private bool _restored;

    public string? AccessToken { get; private set; }

    public Me? Me { get; private set; }

    public bool SignedIn => AccessToken is not null && Me is not null;

    /// <summary>How many times the access token was renewed (shown to nobody; tests read it from the page's data attribute).</summary>
    public int Renewals { get; private set; }

    public event Action? Changed;

    /// <summary>Signs in; null on success, else the API's problem (wrong password, locked out, …).</summary>
    public async Task<Problem?> SignInAsync(string tenant, string userName, string password)
    {
        var response = await Post("api/v1/auth/token", new SignInRequest(tenant, userName, password));
        if (response is null)
        {
            return Problem.Offline("Check the connection and try again.");
        }

        if (!response.IsSuccessStatusCode)
        {
            return await ApiClient.ReadProblemAsync(response);
        }

        return await AcceptAsync((await response.Content.ReadFromJsonAsync<TokenResponse>(ApiJson.Options))!);
    }

    /// <summary>Picks up the sign-in this tab already had (after a reload or a deep link).</summary>
    public async Task RestoreAsync()
    {
        if (_restored)
        {
            return;
        }

        _restored = true;
        if (await store.ReadAsync() is { Length: > 0 })
        {
            await RefreshAsync();
        }
    }

    /// <summary>Renews the token pair; concurrent callers share one renewal, because a refresh token works once.</summary>
    public Task<bool> RefreshAsync()
    {
        return _refreshing ??= Run();

        async Task<bool> Run()
        {
            try
            {
                var token = await store.ReadAsync();
                if (token is not { Length: > 0 })
                {
                    await EndAsync(forget: false);
                    return false;
                }

                var response = await Post("api/v1/auth/refresh", new RefreshRequest(token));
                if (response is null)
                {
                    // Offline for a moment: the access token may still be good; try again soon.
                    _ = RenewLater(OfflineRetry, Renewal());
                    return false;
                }

                if (!response.IsSuccessStatusCode)
                {
                    await EndAsync(forget: true);
                    return false;
                }

                Renewals++;
                return await AcceptAsync((await response.Content.ReadFromJsonAsync<TokenResponse>(ApiJson.Options))!) is null;
            }
            finally
            {
                _refreshing = null;
            }
        }
    }

    public async Task SignOutAsync()
    {
        if (await store.ReadAsync() is { Length: > 0 } token)
        {
            await Post("api/v1/auth/logout", new RefreshRequest(token));
        }

        await EndAsync(forget: true);
    }

    private async Task<Problem?> AcceptAsync(TokenResponse tokens)
    {
        AccessToken = tokens.AccessToken;
        await store.WriteAsync(tokens.RefreshToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/me");
        request.Headers.Authorization = new("Bearer", tokens.AccessToken);
        using var me = await http.SendAsync(request);
        if (!me.IsSuccessStatusCode)
        {
            var problem = await ApiClient.ReadProblemAsync(me);
            await EndAsync(forget: true);
            return problem;
        }

        Me = await me.Content.ReadFromJsonAsync<Me>(ApiJson.Options);
        ScheduleRenewal(tokens.ExpiresAt);
        Changed?.Invoke();
        return null;
    }

    private void ScheduleRenewal(DateTimeOffset expiresAt) => _ = RenewLater(RefreshSchedule.Delay(time.GetUtcNow(), expiresAt), Renewal());

    private CancellationToken Renewal()
    {
        _renewal?.Cancel();
        _renewal = new CancellationTokenSource();
        return _renewal.Token;
    }

    private async Task RenewLater(TimeSpan delay, CancellationToken cancel)
    {
        try
        {
            await Task.Delay(delay, time, cancel);
            await RefreshAsync();
        }
        catch (OperationCanceledException)
        {
            // A newer sign-in or renewal scheduled its own.
        }
    }

    private async Task EndAsync(bool forget)
    {
        _renewal?.Cancel();
        AccessToken = null;
        Me = null;
        if (forget)
        {
            await store.ClearAsync();
        }

        Changed?.Invoke();
    }

    private async Task<HttpResponseMessage?> Post<T>(string path, T body)
    {
        try
        {
            return await http.PostAsJsonAsync(path, body, ApiJson.Options);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    public void Dispose() => _renewal?.Cancel();
}
