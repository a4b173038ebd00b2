using SecurityTrax.Web.Api.Files;
using SecurityTrax.Web.Forms.Files;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>What a refused upload says beside its file: the API's own reason where it gave one, plain words otherwise.</summary>
public sealed class FileUploadItemTests
{
    [Theory]
    [InlineData(507, """{"status":507,"detail":"The company uses 9.9 GB of its 10 GB."}""", "The company uses 9.9 GB of its 10 GB.")]
    [InlineData(400, """{"status":400,"errors":{"files[0]":["The content is an executable, but the name says '.pdf'."]}}""", "The content is an executable, but the name says '.pdf'.")]
    [InlineData(413, "", "The file is larger than the company allows per file.")]
    [InlineData(507, "<html>proxy</html>", "The company's file storage is full.")]
    [InlineData(0, "", "The server could not be reached; the file was not stored. Try again.")]
    [InlineData(403, """{"status":403,"detail":"Needs files.create"}""", "Your role may not upload files here.")]
    public void TheReasonIsSaidInWords(int status, string body, string reason) =>
        Assert.Equal(reason, FileUploadItem.Reason(new UploadAnswer(status, body)));

    [Theory]
    [InlineData(812, "812 bytes")]
    [InlineData(14_540, "14.2 KB")]
    [InlineData(3_670_016, "3.5 MB")]
    [InlineData(10_737_418_240, "10 GB")]
    public void SizesReadAsPeopleSayThem(long bytes, string text) => Assert.Equal(text, FileSizeText.Of(bytes));
}
