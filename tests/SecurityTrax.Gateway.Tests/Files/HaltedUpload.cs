using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace SecurityTrax.Gateway.Tests.Files;

/// <summary>
/// An upload sent over a bare socket that stops half way and then only listens. HttpClient hands back no answer to an
/// HTTP/1.1 request until it has sent the whole body, so an answer the server gives to a halted upload is read here.
/// </summary>
public static class HaltedUpload
{
    private const string Boundary = "halted-upload-boundary";

    /// <summary>Sends the headers of one file part and <paramref name="bytes"/> of it (of a longer declared body), then waits for the answer.</summary>
    public static async Task<HttpResponseMessage> SendAsync(Uri server, string path, string bearer, int bytes, CancellationToken cancellationToken)
    {
        var part = Encoding.ASCII.GetBytes(
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"halted.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        // The declared length promises more than is sent: the server must wait for the rest, and give up on it.
        byte[] sent = [.. part, .. Enumerable.Repeat((byte)'a', bytes)];
        return await SendAsync(server, path, bearer, $"multipart/form-data; boundary={Boundary}", part.Length + (bytes * 2), sent, cancellationToken);
    }

    /// <summary>Sends <paramref name="body"/> under a Content-Length of <paramref name="declaredLength"/>, true or not, then waits for the answer.</summary>
    public static async Task<HttpResponseMessage> SendAsync(
        Uri server, string path, string bearer, string contentType, long declaredLength, byte[] body, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port, cancellationToken);
        var stream = tcp.GetStream();
        var head = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nAuthorization: Bearer {bearer}\r\n"
            + $"Content-Type: {contentType}\r\nContent-Length: {declaredLength}\r\n\r\n"));
        await stream.WriteAsync(head, cancellationToken);
        await stream.WriteAsync(body, cancellationToken);
        await stream.FlushAsync(cancellationToken);
        return await ReadResponseAsync(stream, cancellationToken);
    }

    private static async Task<HttpResponseMessage> ReadResponseAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var reader = new ResponseReader(stream);
        var status = await reader.LineAsync(cancellationToken);
        var response = new HttpResponseMessage((HttpStatusCode)int.Parse(status.Split(' ')[1], CultureInfo.InvariantCulture));
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var line = await reader.LineAsync(cancellationToken); line.Length > 0; line = await reader.LineAsync(cancellationToken))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        byte[] body;
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            var all = new List<byte>();
            for (var size = await reader.ChunkSizeAsync(cancellationToken); size > 0; size = await reader.ChunkSizeAsync(cancellationToken))
            {
                all.AddRange(await reader.BytesAsync(size, cancellationToken));
                await reader.LineAsync(cancellationToken);
            }

            body = [.. all];
        }
        else
        {
            body = await reader.BytesAsync(int.Parse(headers.GetValueOrDefault("Content-Length", "0"), CultureInfo.InvariantCulture), cancellationToken);
        }

        response.Content = new ByteArrayContent(body);
        if (headers.TryGetValue("Content-Type", out var type))
        {
            response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        }

        return response;
    }
}
