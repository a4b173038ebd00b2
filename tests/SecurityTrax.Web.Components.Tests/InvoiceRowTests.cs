using SecurityTrax.Web.Forms;

namespace SecurityTrax.Web.Components.Tests;

public sealed class InvoiceRowTests
{
    [Theory]
    [InlineData("3", "19.99", "59.97")]
    [InlineData("1.5", "$10.005", "15.01")]
    [InlineData(" 2 ", "0.125", "0.25")]
    public void TheAmountIsQuantityTimesPriceToTheCent(string quantity, string price, string amount)
    {
        var row = new InvoiceRow { Quantity = quantity, UnitPrice = price };

        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), row.Amount);
    }

    [Theory]
    [InlineData("two", "10.00")]
    [InlineData("2", "")]
    [InlineData("2", null)]
    public void ThereIsNoAmountWhileEitherIsNotANumber(string? quantity, string? price) =>
        Assert.Null(new InvoiceRow { Quantity = quantity, UnitPrice = price }.Amount);
}
