using SecurityTrax.Platform;

namespace SecurityTrax.Gateway.Webhooks;

/// <summary>What the webhook endpoints check before a silo verifies a signature: the size of the body and the company.</summary>
public static class WebhookRequests
{
    private const int Chunk = 16 * 1024;

    /// <summary>
    /// The body, or null as soon as it passes <paramref name="limit"/> bytes: whether or not Content-Length was sent
    /// (chunked), no more than one chunk past the limit is read.
    /// </summary>
    public static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, int limit)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var body = new MemoryStream();
        var chunk = new byte[Chunk];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (body.Length + read > limit)
            {
                return null;
            }

            body.Write(chunk, 0, read);
        }

        return body.ToArray();
    }

    /// <summary>A well-formed slug of a company that exists; anything else is answered like a bad signature.</summary>
    public static async Task<bool> IsKnownTenantAsync(IClusterClient cluster, string tenant) =>
        TenantSlug.IsValid(tenant) && await cluster.GetGrain<ITenantRegistryGrain>(ITenantRegistryGrain.Key).ExistsAsync(tenant);
}
