using SecurityTrax.FileStore;
using SkiaSharp;

namespace SecurityTrax.Files;

/// <summary>
/// Makes a small preview of a stored image (fit within <see cref="Box"/> pixels, never enlarged, turned upright) and
/// stores it beside the file through the same store. JPEG for opaque images, PNG when the image has transparency.
/// </summary>
/// <remarks>
/// Damaged or hostile images give null (the file stays downloadable): the decoder's answer is checked, and images
/// whose decoded size would pass <see cref="MaxPixels"/> are not decoded at all.
/// </remarks>
public sealed class ThumbnailMaker(IFileStore store)
{
    public const int Box = 256;

    public const long MaxSourceBytes = 64L * 1024 * 1024;

    public const long MaxPixels = 50_000_000;

    private const long MaxThumbnailBytes = 1024 * 1024;

    private static readonly HashSet<string> Decodable = new(StringComparer.Ordinal) { "image/jpeg", "image/png", "image/webp", "image/gif" };

    public static bool Accepts(string contentType) => Decodable.Contains(contentType);

    /// <summary>The thumbnail's blob id: fixed by the file's, so a retry overwrites instead of leaving a stray blob.</summary>
    public static Guid BlobOf(Guid fileBlob)
    {
        var bytes = fileBlob.ToByteArray();
        bytes[15] ^= 0x5A;
        return new Guid(bytes);
    }

    public async Task<FileThumbnail?> MakeAsync(string tenant, FileDetails file, CancellationToken cancellationToken)
    {
        if (file.Size > MaxSourceBytes)
        {
            return null;
        }

        using var source = new MemoryStream((int)file.Size);
        await store.CopyToAsync(tenant, file.BlobId, 0, file.Size, source, cancellationToken);
        source.Position = 0;
        var encoded = Render(source);
        if (encoded is null)
        {
            return null;
        }

        var (bytes, contentType) = encoded.Value;
        var blobId = BlobOf(file.BlobId);
        await store.DeleteAsync(tenant, blobId, cancellationToken);
        using var content = new MemoryStream(bytes, writable: false);
        var stored = await store.WriteAsync(tenant, blobId, content, MaxThumbnailBytes, cancellationToken);
        return new FileThumbnail(blobId, stored.Size, Convert.ToHexStringLower(stored.Sha256), contentType);
    }

    /// <summary>The encoded thumbnail and its type, or null when the image cannot be read.</summary>
    public static (byte[] Bytes, string ContentType)? Render(Stream image)
    {
        using var codec = SKCodec.Create(image);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return null;
        }

        // JPEG decodes straight to a fraction of its size; other formats decode whole, so their size is bounded first.
        var scale = Math.Min(1f, Math.Max((float)Box / codec.Info.Width, (float)Box / codec.Info.Height));
        var decoded = codec.GetScaledDimensions(scale);
        if ((long)decoded.Width * decoded.Height > MaxPixels)
        {
            return null;
        }

        var info = new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        using var upright = Orient(bitmap, codec.EncodedOrigin);
        var opaque = codec.Info.AlphaType == SKAlphaType.Opaque;
        using var image2 = SKImage.FromBitmap(upright);
        using var data = image2.Encode(opaque ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, 82);
        return data is null ? null : (data.ToArray(), opaque ? "image/jpeg" : "image/png");
    }

    /// <summary>Scales into the box and applies the Exif orientation, so a phone photo taken upright shows upright.</summary>
    private static SKBitmap Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var fit = Math.Min(1f, Math.Min((float)Box / bitmap.Width, (float)Box / bitmap.Height));
        var (w, h) = (Math.Max(1, (int)Math.Round(bitmap.Width * fit)), Math.Max(1, (int)Math.Round(bitmap.Height * fit)));
        var target = new SKBitmap(new SKImageInfo(turned ? h : w, turned ? w : h, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(target);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(OriginMatrix(origin, w, h));
        canvas.DrawBitmap(bitmap, new SKRect(0, 0, w, h), new SKSamplingOptions(SKCubicResampler.Mitchell), null);
        return target;
    }

    private static SKMatrix OriginMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
