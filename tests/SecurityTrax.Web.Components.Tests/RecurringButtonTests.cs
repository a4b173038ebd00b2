using SecurityTrax.Web.Api;
using SecurityTrax.Web.Forms;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>The recurring form sends its note; Add Monthly Monitoring's answer is said in words, the API's reason when nothing was added.</summary>
public sealed class RecurringButtonTests
{
    [Fact]
    public void TheNoteIsSentTrimmedAndABlankOneIsLeftOut()
    {
        var form = new RecurringForm { Note = "  Gate code 4411 " };
        form.Rows.Rows[0].ItemId = "3";

        var (request, problem) = form.ToRequest();
        form.Note = "   ";
        var (blank, _) = form.ToRequest();

        Assert.Null(problem);
        Assert.Equal("Gate code 4411", request!.Note);
        Assert.Null(blank!.Note);
    }

    [Fact]
    public void AnAddedLineAndARefusalAreSaidDifferently()
    {
        Assert.Equal(
            "Monthly monitoring added to recurring invoice 7: every invoice it makes from now on carries it.",
            RecurringButton.Words(7, new RecurringButtonResult([2], null)));
        Assert.Equal(
            "The customer has no monthly monitoring rate.",
            RecurringButton.Words(7, new RecurringButtonResult([], "The customer has no monthly monitoring rate.")));
    }

    [Fact]
    public void AMarkedOneTimeChargeIsSaidAsTheNextInvoicesAndARefusalIsTheApisReason()
    {
        Assert.Equal(
            "Activation fee goes on the next invoice recurring invoice 7 makes, once.",
            RecurringButton.MarkWords(7, RecurringButton.ActivationFee, new RecurringButtonResult([], null)));
        Assert.Equal(
            "The customer has no unpaid equipment that is on no invoice.",
            RecurringButton.MarkWords(7, RecurringButton.UnpaidEquipment, new RecurringButtonResult([], "The customer has no unpaid equipment that is on no invoice.")));
        Assert.Equal("Unpaid equipment", RecurringButton.Label("unpaid_equipment"));
    }
}
