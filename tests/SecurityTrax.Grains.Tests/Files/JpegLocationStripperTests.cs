using SecurityTrax.FileStore;
using SecurityTrax.Testing.Images;
using SkiaSharp;

namespace SecurityTrax.Grains.Tests.Files;

public sealed class JpegLocationStripperTests
{
    [Fact]
    public async Task TheGpsDirectoryLeavesAPhotoWhileTheImageAndOtherTagsStay()
    {
        var photo = GpsJpeg.Create();
        Assert.Contains(GpsJpeg.GpsPointerTag, GpsJpeg.FirstDirectoryTags(photo));

        var stripped = await StripAsync(photo);

        Assert.Equal(photo.Length, stripped.Length);
        Assert.Equal([GpsJpeg.MakeTag, GpsJpeg.OrientationTag], GpsJpeg.FirstDirectoryTags(stripped));
        Assert.False(GpsJpeg.Contains(stripped, GpsJpeg.LatitudeBytes));
        // The image data after the metadata is the same bytes, and it still decodes.
        Assert.Equal(photo[^1000..], stripped[^1000..]);
        using var decoded = SKBitmap.Decode(stripped);
        Assert.Equal((640, 480), (decoded.Width, decoded.Height));
    }

    [Fact]
    public async Task AnExifBlockTooBrokenToEditIsDroppedWhole()
    {
        var photo = GpsJpeg.Create();
        // The GPS pointer now aims far outside the block.
        photo[2 + 4 + 6 + 34 + 8] = 0xF0;

        var stripped = await StripAsync(photo);

        Assert.Empty(GpsJpeg.FirstDirectoryTags(stripped));
        Assert.False(GpsJpeg.Contains(stripped, GpsJpeg.LatitudeBytes));
        using var decoded = SKBitmap.Decode(stripped);
        Assert.NotNull(decoded);
    }

    [Theory]
    [InlineData("%PDF-1.7 not a photo")]
    [InlineData("\u00FF")]
    [InlineData("")]
    public async Task ContentThatIsNotAJpegPassesByteForByte(string text)
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(text);

        Assert.Equal(bytes, await StripAsync(bytes));
    }

    [Fact]
    public async Task AJpegCutOffInItsMetadataIsPassedOnAsFarAsItGoes()
    {
        var photo = GpsJpeg.Create()[..40];

        var stripped = await StripAsync(photo);

        Assert.Equal(photo[..6], stripped[..6]);
        Assert.False(GpsJpeg.Contains(stripped, GpsJpeg.LatitudeBytes));
    }

    private static async Task<byte[]> StripAsync(byte[] bytes)
    {
        // One byte per read, as a slow network would hand it over.
        await using var source = new TrickleStream(bytes);
        await using var stripped = await JpegLocationStripper.StripAsync(source, CancellationToken.None);
        using var copy = new MemoryStream();
        await stripped.CopyToAsync(copy);
        return copy.ToArray();
    }
}
