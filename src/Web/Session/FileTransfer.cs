using Microsoft.JSInterop;
using SecurityTrax.Web.Api.Files;

namespace SecurityTrax.Web.Session;

/// <summary>
/// File bytes between the browser and the API with the user's token: uploads with progress, downloads and previews as
/// blob URLs. A 401 renews the session once and tries again, as <see cref="ApiClient"/> does.
/// </summary>
/// <remarks>The JS module is imported once and kept for the app's lifetime, like the session itself.</remarks>
public sealed class FileTransfer(IJSRuntime js, AuthSession session, HttpClient http)
{
    private IJSObjectReference? _module;

    public async Task AttachAsync(object zone, object input, object owner) =>
        await (await ModuleAsync()).InvokeVoidAsync("attach", zone, input, owner);

    public async Task ForgetAsync(string key) => await (await ModuleAsync()).InvokeVoidAsync("forget", key);

    public Task<UploadAnswer> UploadAsync(string key, string path, string? category, string? description, object owner) =>
        WithRenewalAsync(async token => await (await ModuleAsync()).InvokeAsync<UploadAnswer>(
            "upload", key, Url(path), token, category, description, owner), a => a.Status);

    public Task<BlobAnswer> BlobUrlAsync(string path) =>
        WithRenewalAsync(async token => await (await ModuleAsync()).InvokeAsync<BlobAnswer>("blobUrl", Url(path), token), a => a.Status);

    public async Task RevokeAsync(string url) => await (await ModuleAsync()).InvokeVoidAsync("revoke", url);

    public Task<int> DownloadAsync(string path, string name) =>
        WithRenewalAsync(async token => await (await ModuleAsync()).InvokeAsync<int>("download", Url(path), token, name), s => s);

    private async Task<T> WithRenewalAsync<T>(Func<string, Task<T>> send, Func<T, int> status)
    {
        var first = await send(session.AccessToken ?? "");
        return status(first) == 401 && await session.RefreshAsync() ? await send(session.AccessToken ?? "") : first;
    }

    private string Url(string path) => new Uri(http.BaseAddress!, path.TrimStart('/')).ToString();

    private async Task<IJSObjectReference> ModuleAsync() =>
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", "./js/file-transfer.js");
}
