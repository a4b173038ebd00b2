using SecurityTrax.Files;

namespace SecurityTrax.Grains.Tests.Files;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("C:\\Users\\ann\\contract.pdf", "contract.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("in\u0000voice\r\n.pdf", "invoice.pdf")]
    [InlineData("what?<now>.pdf", "what__now_.pdf")]
    [InlineData("CON.txt", "_CON.txt")]
    [InlineData("nul", "_nul")]
    [InlineData("report.pdf. . ", "report.pdf")]
    [InlineData(".hidden", "hidden")]
    [InlineData("a\u202Egpj.exe", "agpj.exe")]
    public void NamesLoseTheirPathsControlsAndReservedForms(string raw, string clean) =>
        Assert.Equal(clean, FileNames.Clean(raw));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData("folder/")]
    public void NothingLeftIsNoName(string raw) => Assert.Null(FileNames.Clean(raw));

    [Fact]
    public void ALongNameIsCutKeepingItsExtension()
    {
        var clean = FileNames.Clean(new string('x', 300) + ".pdf")!;

        Assert.Equal(FileNames.MaxLength, clean.Length);
        Assert.EndsWith("x.pdf", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void ATakenNameGetsTheNextFreeNumber() =>
        Assert.Equal("contract (3).pdf", FileNames.Unique("contract.pdf", ["Contract.pdf", "contract (2).pdf", "other.pdf"]));
}
