using SecurityTrax.Web.Forms.Settings;

namespace SecurityTrax.Web.Components.Tests;

public sealed class NumberTextTests
{
    [Fact]
    public void NumbersAreReadAndEmptyFieldsAreLeftToTheApi()
    {
        var numbers = new NumberText();

        Assert.Equal(45.5m, numbers.Decimal(" $45.50 ", "unitPrice"));
        Assert.Equal(8.375m, numbers.Decimal("8.375%", "rate"));
        Assert.Null(numbers.Decimal("  ", "rate"));
        Assert.Equal(3, numbers.Whole("3", "pieces[0].quantity"));
        Assert.Null(numbers.Problem);
    }

    [Fact]
    public void TextThatIsNotANumberIsRefusedNamingItsField()
    {
        var numbers = new NumberText();

        Assert.Null(numbers.Decimal("forty", "unitPrice"));
        Assert.Null(numbers.Whole("2.5", "pieces[1].quantity"));

        Assert.Equal(["'forty' is not a number."], numbers.Problem!.For("unitPrice"));
        Assert.Equal(["'2.5' is not a whole number."], numbers.Problem.For("pieces[1].quantity"));
        Assert.Equal(400, numbers.Problem.Status);
    }
}
