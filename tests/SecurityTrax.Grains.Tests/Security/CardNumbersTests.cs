using CsCheck;
using SecurityTrax.Security;

namespace SecurityTrax.Grains.Tests.Security;

/// <summary>The card-data rule: Luhn-valid 13–19 digits, together or grouped by spaces or dashes, and nothing else.</summary>
public sealed class CardNumbersTests
{
    // Account numbers of 12–18 digits; a check digit is added to make them Luhn-valid (13–19 digits in all).
    private static readonly Gen<string> ValidNumber = Gen.Int[12, 18].SelectMany(n => Gen.Char['0', '9'].Array[n, n]).Select(d => WithCheckDigit(new string(d)));

    private static readonly Gen<string> Words = Gen.Char['a', 'z'].Array[1, 8].Select(c => new string(c)).Array[0, 4].Select(w => string.Join(' ', w));

    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("4111-1111-1111-1111")]
    [InlineData("Amex 3782 822463 10005 on file")]
    [InlineData("4222222222222")]
    [InlineData("6011000990139424")]
    [InlineData("ref:5555555555554444.")]
    [InlineData("Call 303-555-0100 about 4111 1111 1111 1111")]
    public void CardNumbersAreFound(string text) => Assert.True(CardNumbers.Contains(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4111111111111112")]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("303-555-0100")]
    [InlineData("+1 (303) 555-0100")]
    [InlineData("80202-1234")]
    [InlineData("Invoice 1042, paid 2026-12-06 and 2027-01-06 2027-02-06")]
    [InlineData("Check 1042")]
    [InlineData("12345678901234567890123")]
    [InlineData("pm_card_visa")]
    public void OrdinaryTextIsNot(string? text) => Assert.False(CardNumbers.Contains(text));

    [Fact]
    public void MaskLeavesTheRestOfTheText()
    {
        Assert.Equal("Card [card number removed] was not found.", CardNumbers.Mask("Card 4111-1111-1111-1111 was not found."));
        Assert.Equal("Call 303-555-0100.", CardNumbers.Mask("Call 303-555-0100."));
    }

    [Fact]
    public void AnyLuhnValidNumberIsFoundHoweverItIsGroupedAndMaskedAway()
    {
        Gen.Select(ValidNumber, Gen.Int[1, 6], Gen.Bool.Select(b => b ? ' ' : '-'), Words, Words).Sample((number, size, separator, before, after) =>
        {
            var grouped = string.Join(separator, number.Chunk(size).Select(c => new string(c)));
            var text = $"{before} {grouped} {after}";

            Assert.True(CardNumbers.Contains(text));
            Assert.DoesNotContain(number, new string([.. CardNumbers.Mask(text).Where(char.IsAsciiDigit)]), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void NumbersFailingLuhnOrTooShortAreNotFound()
    {
        var invalid = ValidNumber.Select(n => n[..^1] + (char)('0' + (n[^1] - '0' + 1) % 10));
        var shortNumber = Gen.Char['0', '9'].Array[1, 12].Select(d => new string(d));
        Gen.Select(invalid, shortNumber, Words).Sample((bad, small, words) =>
        {
            Assert.False(CardNumbers.Contains($"{words} {bad} {words}"));
            Assert.False(CardNumbers.Contains($"{words} {small}"));
        });
    }

    private static string WithCheckDigit(string body)
    {
        for (var check = '0'; check <= '9'; check++)
        {
            if (CardNumbers.Luhn(body + check))
            {
                return body + check;
            }
        }

        throw new InvalidOperationException("Some check digit always makes Luhn pass.");
    }
}
