using Bunit;
using SecurityTrax.Web.Api;
using SecurityTrax.Web.Shared;

namespace SecurityTrax.Web.Components.Tests;

public sealed class FieldErrorTests : BunitContext
{
    private static readonly Problem Refusal = new(null, "One or more fields are invalid.", 400, null, new()
    {
        ["serviceAddress.Zip"] = ["Must be 5 digits.", "Required for a service address."],
        ["email"] = ["Not an email address."],
    });

    [Fact]
    public void TheReasonsOfItsFieldAreShownUnderTheIdItsInputNames()
    {
        var cut = Render<FieldError>(p => p.Add(c => c.Problem, Refusal).Add(c => c.Field, "serviceAddress.zip"));

        var error = cut.Find("span.field-error");
        Assert.Equal("error-serviceAddress-zip", error.Id);
        Assert.Equal("serviceAddress.zip", error.GetAttribute("data-field"));
        Assert.Equal("Must be 5 digits. Required for a service address.", error.TextContent);
    }

    [Fact]
    public void NothingIsShownForAFieldTheProblemDoesNotName()
    {
        var cut = Render<FieldError>(p => p.Add(c => c.Problem, Refusal).Add(c => c.Field, "phones[0].number"));

        Assert.Empty(cut.FindAll(".field-error"));
        Assert.Equal("error-phones-0--number", FieldError.Id("phones[0].number"));
    }
}
