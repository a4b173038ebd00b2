using SecurityTrax.Files;
using SecurityTrax.Testing.Images;
using SkiaSharp;

namespace SecurityTrax.Grains.Tests.Files;

public sealed class ThumbnailMakerTests
{
    [Fact]
    public void APhotoBecomesAJpegThatFitsTheBoxAndKeepsItsShape()
    {
        var (bytes, type) = Render(GpsJpeg.Create(1600, 1200));

        Assert.Equal("image/jpeg", type);
        using var thumbnail = SKBitmap.Decode(bytes);
        Assert.Equal((256, 192), (thumbnail.Width, thumbnail.Height));
    }

    [Fact]
    public void AnImageWithTransparencyBecomesAPngAndASmallOneIsNotEnlarged()
    {
        var (bytes, type) = Render(GpsJpeg.TransparentPng(120, 80));

        Assert.Equal("image/png", type);
        using var thumbnail = SKBitmap.Decode(bytes);
        Assert.Equal((120, 80), (thumbnail.Width, thumbnail.Height));
        Assert.Equal(0, thumbnail.GetPixel(0, 0).Alpha);
    }

    [Fact]
    public void ASidewaysPhotoIsTurnedUpright()
    {
        var photo = GpsJpeg.Create(400, 200);
        // Exif orientation 6: the camera was turned, the picture is shown rotated a quarter turn.
        photo[2 + 4 + 6 + 22 + 8] = 6;

        var (bytes, _) = Render(photo);

        using var thumbnail = SKBitmap.Decode(bytes);
        Assert.Equal((128, 256), (thumbnail.Width, thumbnail.Height));
    }

    [Theory]
    [InlineData("89504E470D0A1A0A0000000D49484452")]
    [InlineData("FFD8FFE000104A46494600")]
    [InlineData("474946383961FFFF")]
    public void ABrokenImageGivesNoThumbnail(string hex) =>
        Assert.Null(ThumbnailMaker.Render(new MemoryStream(Convert.FromHexString(hex))));

    [Fact]
    public void AnImageClaimingHugeDimensionsIsNotDecoded()
    {
        var png = GpsJpeg.TransparentPng(10, 10);
        // Width and height in the header now say 60,000 × 60,000: a decompression bomb's promise.
        foreach (var at in new[] { 16, 20 })
        {
            png[at] = 0;
            png[at + 1] = 0;
            png[at + 2] = 0xEA;
            png[at + 3] = 0x60;
        }

        Assert.Null(ThumbnailMaker.Render(new MemoryStream(png)));
    }

    private static (byte[] Bytes, string Type) Render(byte[] image) =>
        ThumbnailMaker.Render(new MemoryStream(image)) ?? throw new Xunit.Sdk.XunitException("no thumbnail");
}
