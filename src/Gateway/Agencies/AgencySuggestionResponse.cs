using SecurityTrax.Agencies;

namespace SecurityTrax.Gateway.Agencies;

/// <summary>An agency covering the customer's service address; <see cref="MatchedBy"/> is <c>zip</c> or <c>city</c>.</summary>
public sealed record AgencySuggestionResponse(AgencyResponse Agency, string MatchedBy)
{
    public static AgencySuggestionResponse From(AgencySuggestion s) => new(AgencyResponse.From(s.Agency), s.MatchedBy);
}
