using SecurityTrax.Payments.Billing;

namespace SecurityTrax.Grains.Tests.Payments;

public sealed class RawNumbersTests
{
    [Theory]
    [InlineData("4242424242424242")]
    [InlineData("4242 4242 4242 4242")]
    [InlineData("4111-1111-1111-1111")]
    [InlineData("card 378282246310005 please")]
    [InlineData("000123456789")]
    [InlineData("110000000")]
    public void CardAndAccountNumbersAreFound(string value) => Assert.True(RawNumbers.Found(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pm_card_visa")]
    [InlineData("pm_1QxYz2AbCdEf3GhIjKlMnOpQ")]
    [InlineData("tok_4242424242424241")]
    [InlineData("Check 123")]
    [InlineData("123")]
    public void TokensLabelsAndNumbersFailingLuhnAreNot(string? value) => Assert.False(RawNumbers.Found(value));
}
