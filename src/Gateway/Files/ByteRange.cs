using Microsoft.Net.Http.Headers;

namespace SecurityTrax.Gateway.Files;

/// <summary>The one byte range a download asked for (RFC 9110 §14); several ranges are answered with the whole file.</summary>
public sealed record ByteRange(long From, long Length, bool Unsatisfiable)
{
    /// <summary>Null when the whole file is to be sent: no Range, several ranges, or an If-Range for another version.</summary>
    public static ByteRange? Of(HttpRequest request, EntityTagHeaderValue etag, long size)
    {
        var headers = request.GetTypedHeaders();
        if (headers.Range is not { Unit.Value: "bytes", Ranges.Count: 1 } range)
        {
            return null;
        }

        if (headers.IfRange is { } ifRange && (ifRange.EntityTag is null || !ifRange.EntityTag.Compare(etag, useStrongComparison: true)))
        {
            return null;
        }

        var item = range.Ranges.First();
        if (item.From is { } from)
        {
            if (from >= size)
            {
                return new ByteRange(0, 0, true);
            }

            var to = Math.Min(item.To ?? size - 1, size - 1);
            return new ByteRange(from, to - from + 1, false);
        }

        // bytes=-N: the last N bytes.
        var suffix = Math.Min(item.To ?? 0, size);
        return suffix <= 0 ? new ByteRange(0, 0, true) : new ByteRange(size - suffix, suffix, false);
    }
}
