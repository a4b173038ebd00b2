using System.Text;
using SecurityTrax.FileStore;

namespace SecurityTrax.Grains.Tests.Files;

public sealed class FileTypeDetectorTests
{
    [Theory]
    [InlineData("255044462D312E37", "application/pdf")]
    [InlineData("89504E470D0A1A0A0000", "image/png")]
    [InlineData("FFD8FFE000104A464946", "image/jpeg")]
    [InlineData("474946383961", "image/gif")]
    [InlineData("52494646000000005745425056503820", "image/webp")]
    [InlineData("49492A00", "image/tiff")]
    [InlineData("4D4D002A", "image/tiff")]
    [InlineData("504B030414000000", "application/zip")]
    [InlineData("4D5A90000300", "application/vnd.microsoft.portable-executable")]
    [InlineData("7F454C46020101", "application/x-elf")]
    [InlineData("0001020304", "application/octet-stream")]
    public void MagicBytesNameTheType(string hex, string mediaType) =>
        Assert.Equal(mediaType, FileTypeDetector.Detect(Convert.FromHexString(hex)).MediaType);

    [Theory]
    [InlineData("Gate code is in the lockbox.\r\n", "text/plain")]
    [InlineData("  <!DOCTYPE html><p>hi</p>", "text/html")]
    [InlineData("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>", "image/svg+xml")]
    [InlineData("#!/bin/sh\nrm -rf /", "text/x-script")]
    public void TextIsToldApartFromMarkupAndScripts(string text, string mediaType) =>
        Assert.Equal(mediaType, FileTypeDetector.Detect(Encoding.UTF8.GetBytes(text)).MediaType);

    [Fact]
    public void AWordDocumentIsKnownByItsFolders() =>
        Assert.Equal(FileTypeDetector.Docx, FileTypeDetector.Detect([.. "PK\u0003\u0004"u8, .. new byte[26], .. "word/document.xml"u8]));

    [Theory]
    [InlineData("invoice.pdf", "4D5A9000", true)]
    [InlineData("setup.exe", "4D5A9000", false)]
    [InlineData("photo.jpg", "7F454C46", true)]
    [InlineData("tool.exe", "255044462D", true)]
    [InlineData("contract.pdf", "255044462D", false)]
    [InlineData("notes.txt", "255044462D", false)]
    public void AnExecutableMustBeNamedAsOneAndOnlyAnExecutableMayBe(string name, string hex, bool refused) =>
        Assert.Equal(refused, FileTypeDetector.Mismatch(name, FileTypeDetector.Detect(Convert.FromHexString(hex))) is not null);
}
