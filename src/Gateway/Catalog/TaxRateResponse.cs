using SecurityTrax.Catalog;
using SecurityTrax.Gateway.Http;

namespace SecurityTrax.Gateway.Catalog;

public sealed record TaxRateResponse(string State, decimal Rate, string ETag)
{
    public static TaxRateResponse From(StateTaxRate t) => new(t.State, t.Rate, ETags.Format(t.Version));
}
