using Microsoft.JSInterop;

namespace SecurityTrax.Web.Session;

/// <summary>
/// Keeps the refresh token in the tab's sessionStorage, so that a reload or a deep link stays signed in while the
/// tab lives; the access token is never stored.
/// </summary>
public sealed class TokenStore(IJSRuntime js)
{
    private const string Key = "securitytrax.refresh";

    public ValueTask<string?> ReadAsync() => js.InvokeAsync<string?>("sessionStorage.getItem", Key);

    public ValueTask WriteAsync(string refreshToken) => js.InvokeVoidAsync("sessionStorage.setItem", Key, refreshToken);

    public ValueTask ClearAsync() => js.InvokeVoidAsync("sessionStorage.removeItem", Key);
}
