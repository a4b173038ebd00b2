namespace SecurityTrax.CreditReports.Bureaus;

/// <summary>A company's account at an HTTP bureau in clear (silo only): the API's address, subscriber code and API key.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.HttpBureauCredentials")]
public sealed record HttpBureauCredentials(
    [property: Id(0)] string BaseUrl,
    [property: Id(1)] string SubscriberCode,
    [property: Id(2)] string ApiKey)
{
    public override string ToString() => $"{BaseUrl} as {SubscriberCode}";
}
