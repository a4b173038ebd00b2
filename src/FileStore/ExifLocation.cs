using System.Buffers.Binary;

namespace SecurityTrax.FileStore;

/// <summary>
/// Removes the GPS directory from an Exif (TIFF) block in place: the pointer to it leaves the first directory and its
/// entries and values are zeroed. Nothing moves, so every other offset (orientation, camera, thumbnail) stays valid.
/// </summary>
public static class ExifLocation
{
    public const ushort GpsPointerTag = 0x8825;

    private const int EntrySize = 12;

    /// <summary>Strips GPS data from <paramref name="tiff"/>; false when the block is malformed and must be dropped whole.</summary>
    public static bool TryStrip(Span<byte> tiff)
    {
        if (tiff.Length < 8 || !TryOrder(tiff, out var big) || Read16(tiff, 2, big) != 42)
        {
            return false;
        }

        var ifd0 = Read32(tiff, 4, big);
        if (!TryEntries(tiff, ifd0, big, out var count))
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd0 + 2 + (i * EntrySize);
            if (Read16(tiff, entry, big) != GpsPointerTag)
            {
                continue;
            }

            var gps = Read32(tiff, entry + 8, big);
            var end = (int)ifd0 + 2 + (count * EntrySize) + 4;
            // Later entries and the next-directory offset move up one entry; the freed tail is zeroed.
            tiff[(entry + EntrySize)..end].CopyTo(tiff[entry..]);
            tiff[(end - EntrySize)..end].Clear();
            Write16(tiff, (int)ifd0, (ushort)(count - 1), big);
            return ZeroDirectory(tiff, gps, big);
        }

        return true;
    }

    private static bool ZeroDirectory(Span<byte> tiff, uint offset, bool big)
    {
        if (!TryEntries(tiff, offset, big, out var count))
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var entry = (int)offset + 2 + (i * EntrySize);
            var size = TypeSize(Read16(tiff, entry + 2, big)) * (long)Read32(tiff, entry + 4, big);
            if (size < 0)
            {
                return false;
            }

            if (size > 4)
            {
                var at = Read32(tiff, entry + 8, big);
                if (at + size > tiff.Length)
                {
                    return false;
                }

                tiff.Slice((int)at, (int)size).Clear();
            }
        }

        tiff.Slice((int)offset, 2 + (count * EntrySize) + 4).Clear();
        return true;
    }

    private static bool TryEntries(ReadOnlySpan<byte> tiff, uint offset, bool big, out int count)
    {
        count = 0;
        if (offset < 8 || offset + 2 > tiff.Length)
        {
            return false;
        }

        count = Read16(tiff, (int)offset, big);
        return offset + 2 + (count * EntrySize) + 4 <= tiff.Length;
    }

    private static bool TryOrder(ReadOnlySpan<byte> tiff, out bool big)
    {
        big = tiff[0] == (byte)'M';
        return (tiff[0], tiff[1]) is ((byte)'I', (byte)'I') or ((byte)'M', (byte)'M');
    }

    /// <summary>Bytes per value of a TIFF field type; -1 for a type TIFF does not define.</summary>
    private static int TypeSize(ushort type) => type switch
    {
        1 or 2 or 6 or 7 => 1,
        3 or 8 => 2,
        4 or 9 or 11 => 4,
        5 or 10 or 12 => 8,
        _ => -1,
    };

    private static ushort Read16(ReadOnlySpan<byte> s, int at, bool big) =>
        big ? BinaryPrimitives.ReadUInt16BigEndian(s[at..]) : BinaryPrimitives.ReadUInt16LittleEndian(s[at..]);

    private static uint Read32(ReadOnlySpan<byte> s, int at, bool big) =>
        big ? BinaryPrimitives.ReadUInt32BigEndian(s[at..]) : BinaryPrimitives.ReadUInt32LittleEndian(s[at..]);

    private static void Write16(Span<byte> s, int at, ushort value, bool big)
    {
        if (big)
        {
            BinaryPrimitives.WriteUInt16BigEndian(s[at..], value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(s[at..], value);
        }
    }
}
