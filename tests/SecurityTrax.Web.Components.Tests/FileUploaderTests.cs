using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Web.Api.Files;
using SecurityTrax.Web.Pages.Record.Files;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>The uploader: one row per picked file, its bar following the browser's progress, and a refusal in words beside the file.</summary>
public sealed class FileUploaderTests : BunitContext
{
    private readonly BunitJSModuleInterop _module;

    public FileUploaderTests()
    {
        Services.AddSingleton(new HttpClient { BaseAddress = new Uri("http://console.test/") });
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<TokenStore>();
        Services.AddSingleton<AuthSession>();
        Services.AddSingleton<FileTransfer>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        _module = JSInterop.SetupModule("./js/file-transfer.js");
    }

    [Fact]
    public void PickedFilesWaitWithAnEmptyBarAndTheButtonCountsThem()
    {
        var cut = Render<FileUploader>(p => p.Add(c => c.CustomerId, 7));

        cut.InvokeAsync(() => cut.Instance.Picked([new("f1", "porch.jpg", 2048), new("f2", "permit.pdf", 10)]));

        Assert.Equal(["porch.jpg", "permit.pdf"], cut.FindAll(".uploads .upload-name").Select(e => e.TextContent));
        Assert.All(cut.FindAll(".uploads progress"), bar => Assert.Equal("0", bar.GetAttribute("value")));
        Assert.Equal(["Waiting", "Waiting"], cut.FindAll(".upload-state").Select(e => e.TextContent));
        Assert.Equal("Upload 2 files", cut.Find("button.primary").TextContent);
    }

    [Fact]
    public void TheBarFollowsTheBrowsersProgressButStopsShortOfFullUntilTheServerSaysYes()
    {
        var cut = Render<FileUploader>(p => p.Add(c => c.CustomerId, 7));
        cut.InvokeAsync(() => cut.Instance.Picked([new("f1", "porch.jpg", 1000)]));

        cut.InvokeAsync(() => cut.Instance.Progress("f1", 450, 1000));
        Assert.Equal("45", cut.Find(".uploads progress").GetAttribute("value"));
        cut.InvokeAsync(() => cut.Instance.Progress("f1", 1000, 1000));

        Assert.Equal("99", cut.Find(".uploads progress").GetAttribute("value"));
    }

    [Fact]
    public void AFileTooLargeIsRefusedInWordsNextToItAndTheOtherIsUploaded()
    {
        _module.Setup<UploadAnswer>("upload", i => (string)i.Arguments[0]! == "f1").SetResult(new UploadAnswer(413,
            """{"type":"urn:securitytrax:problem:file-too-large","title":"The file is too large.","status":413,"detail":"files[0] (big.mov) is larger than the 25 MB the company allows per file; nothing of this upload was kept."}"""));
        _module.Setup<UploadAnswer>("upload", i => (string)i.Arguments[0]! == "f2").SetResult(new UploadAnswer(201, "[]"));
        var uploaded = 0;
        var cut = Render<FileUploader>(p => p.Add(c => c.CustomerId, 7).Add(c => c.OnUploaded, () => uploaded++));
        cut.InvokeAsync(() => cut.Instance.Picked([new("f1", "big.mov", 30_000_000), new("f2", "permit.pdf", 10)]));

        cut.Find("button.primary").Click();

        cut.WaitForAssertion(() => Assert.Equal(["Not uploaded", "Uploaded"], cut.FindAll(".upload-state").Select(e => e.TextContent)));
        Assert.Equal("files[0] (big.mov) is larger than the 25 MB the company allows per file; nothing of this upload was kept.",
            cut.Find(".field-error[data-field='big.mov']").TextContent);
        // The refused file has no bar that could read as done; the stored one's is full.
        Assert.Equal("100", Assert.Single(cut.FindAll(".uploads progress")).GetAttribute("value"));
        Assert.Equal(1, uploaded);
        Assert.Single(cut.FindAll("button[aria-label='Remove big.mov from the uploads']"));
    }
}
