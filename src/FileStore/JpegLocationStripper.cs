using System.Text;

namespace SecurityTrax.FileStore;

/// <summary>
/// Takes the photo's location out of a JPEG while it streams: the metadata segments before the image data are read
/// (at most <see cref="MaxHead"/> bytes), the Exif GPS directory is removed in place and an XMP packet that mentions
/// GPS is left out; the image data itself passes through untouched, never decoded or re-encoded.
/// </summary>
/// <remarks>An Exif block too broken to edit safely is dropped whole: a location is never kept by accident.</remarks>
public static class JpegLocationStripper
{
    /// <summary>Metadata beyond this (many ICC or preview segments) passes through unread.</summary>
    public const int MaxHead = 1024 * 1024;

    private static readonly byte[] ExifId = "Exif\0\0"u8.ToArray();
    private static readonly byte[] XmpId = Encoding.ASCII.GetBytes("http://ns.adobe.com/xap/1.0/\0");

    /// <summary>The content with any location removed; content that is not a JPEG comes back byte for byte.</summary>
    public static async Task<Stream> StripAsync(Stream content, CancellationToken cancellationToken)
    {
        var head = new MemoryStream();
        var marker = new byte[4];
        var read = await FillAsync(content, marker.AsMemory(0, 2), cancellationToken);
        head.Write(marker, 0, read);
        if (read < 2 || marker[0] != 0xFF || marker[1] != 0xD8)
        {
            return new PrefixedStream(head.ToArray(), content);
        }

        while (head.Length < MaxHead)
        {
            read = await FillAsync(content, marker, cancellationToken);
            // Only APPn and comment segments are metadata; anything else (tables, frame, scan) ends the head.
            if (read < 4 || marker[0] != 0xFF || marker[1] is not ((>= 0xE0 and <= 0xEF) or 0xFE))
            {
                head.Write(marker, 0, read);
                break;
            }

            var length = (marker[2] << 8) | marker[3];
            var payload = new byte[Math.Max(0, length - 2)];
            var got = await FillAsync(content, payload, cancellationToken);
            if (got < payload.Length)
            {
                head.Write(marker);
                head.Write(payload, 0, got);
                break;
            }

            if (Keep(marker[1], payload))
            {
                head.Write(marker);
                head.Write(payload);
            }
        }

        return new PrefixedStream(head.ToArray(), content);
    }

    /// <summary>Whether a segment stays (its Exif GPS removed in place) or is left out.</summary>
    private static bool Keep(byte type, byte[] payload)
    {
        if (type != 0xE1)
        {
            return true;
        }

        if (payload.AsSpan().StartsWith(ExifId))
        {
            return ExifLocation.TryStrip(payload.AsSpan(ExifId.Length));
        }

        return !(payload.AsSpan().StartsWith(XmpId) && payload.AsSpan().IndexOf("GPS"u8) >= 0);
    }

    private static async Task<int> FillAsync(Stream source, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await source.ReadAsync(buffer[filled..], cancellationToken);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }
}
