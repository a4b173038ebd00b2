using System.Buffers.Binary;
using SkiaSharp;

namespace SecurityTrax.Testing.Images;

/// <summary>
/// Real photos for the file tests, drawn with SkiaSharp: a JPEG whose Exif block carries a camera make, an orientation
/// and a GPS directory (latitude 39°44'21" N, longitude 104°59'03" W), and a PNG with transparency.
/// </summary>
public static class GpsJpeg
{
    public const ushort MakeTag = 0x010F;
    public const ushort OrientationTag = 0x0112;
    public const ushort GpsPointerTag = 0x8825;

    /// <summary>The latitude's three rationals as stored (little-endian): finding them in a file means the location is there.</summary>
    public static readonly byte[] LatitudeBytes = Rationals(39, 44, 21);

    public static byte[] Create(int width = 640, int height = 480)
    {
        var plain = Encode(Draw(width, height, opaque: true), SKEncodedImageFormat.Jpeg);
        var exif = ExifSegment();
        // The Exif APP1 segment goes right after the start-of-image marker, where cameras put it.
        return [.. plain[..2], .. exif, .. plain[2..]];
    }

    public static byte[] TransparentPng(int width = 300, int height = 200) => Encode(Draw(width, height, opaque: false), SKEncodedImageFormat.Png);

    /// <summary>The tags of the first Exif directory of <paramref name="jpeg"/>, or none when it has no Exif block.</summary>
    public static IReadOnlyList<ushort> FirstDirectoryTags(byte[] jpeg)
    {
        for (var at = 2; at + 4 < jpeg.Length && jpeg[at] == 0xFF;)
        {
            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            if (jpeg[at + 1] == 0xE1 && jpeg.AsSpan(at + 4).StartsWith("Exif\0\0"u8))
            {
                var tiff = jpeg.AsSpan(at + 10, length - 8);
                var ifd = BinaryPrimitives.ReadInt32LittleEndian(tiff[4..]);
                var count = BinaryPrimitives.ReadUInt16LittleEndian(tiff[ifd..]);
                var tags = new List<ushort>();
                for (var i = 0; i < count; i++)
                {
                    tags.Add(BinaryPrimitives.ReadUInt16LittleEndian(tiff[(ifd + 2 + (i * 12))..]));
                }

                return tags;
            }

            at += 2 + length;
        }

        return [];
    }

    public static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static SKBitmap Draw(int width, int height, bool opaque)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(opaque ? new SKColor(30, 90, 160) : SKColors.Transparent);
        using var paint = new SKPaint { Color = new SKColor(240, 180, 40), IsAntialias = true };
        canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        return bitmap;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format)
    {
        using (bitmap)
        using (var image = SKImage.FromBitmap(bitmap))
        using (var data = image.Encode(format, 90))
        {
            return data.ToArray();
        }
    }

    /// <summary>APP1 "Exif": a little-endian TIFF block with make, orientation and a GPS directory of four tags.</summary>
    private static byte[] ExifSegment()
    {
        var tiff = new byte[152];
        "II"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(8), 3);
        Entry(tiff, 10, MakeTag, 2, 4, BinaryPrimitives.ReadUInt32LittleEndian("Cam\0"u8));
        Entry(tiff, 22, OrientationTag, 3, 1, 1);
        Entry(tiff, 34, GpsPointerTag, 4, 1, 50);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(50), 4);
        Entry(tiff, 52, 0x0001, 2, 2, 'N');
        Entry(tiff, 64, 0x0002, 5, 3, 104);
        Entry(tiff, 76, 0x0003, 2, 2, 'W');
        Entry(tiff, 88, 0x0004, 5, 3, 128);
        LatitudeBytes.CopyTo(tiff, 104);
        Rationals(104, 59, 3).CopyTo(tiff, 128);
        var length = 2 + 6 + tiff.Length;
        return [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. "Exif\0\0"u8, .. tiff];
    }

    private static void Entry(byte[] tiff, int at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at + 2), type);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 4), count);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 8), value);
    }

    private static byte[] Rationals(params uint[] whole)
    {
        var bytes = new byte[whole.Length * 8];
        for (var i = 0; i < whole.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 8), whole[i]);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan((i * 8) + 4), 1);
        }

        return bytes;
    }
}
