using System.Globalization;
using System.Text;

namespace SecurityTrax.Gateway.Tests.Files;

/// <summary>Reads the lines and bytes of an HTTP/1.1 answer off a socket, for <see cref="HaltedUpload"/>.</summary>
public sealed class ResponseReader(Stream stream)
{
    private readonly byte[] _one = new byte[1];

    public async Task<string> LineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        while (true)
        {
            var b = await NextAsync(cancellationToken);
            if (b == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)b);
        }
    }

    public async Task<int> ChunkSizeAsync(CancellationToken cancellationToken) =>
        int.Parse((await LineAsync(cancellationToken)).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    public async Task<byte[]> BytesAsync(int count, CancellationToken cancellationToken)
    {
        var bytes = new byte[count];
        await stream.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }

    private async Task<byte> NextAsync(CancellationToken cancellationToken)
    {
        await stream.ReadExactlyAsync(_one, cancellationToken);
        return _one[0];
    }
}
