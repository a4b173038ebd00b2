using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SecurityTrax.CreditReports.Bureaus;

/// <summary>
/// A bureau-style JSON API: <c>POST /v1/credit-pulls</c> with our reference as <c>Idempotency-Key</c> and
/// <c>clientReference</c>, and <c>GET /v1/credit-pulls?clientReference=</c> to find a pull whose answer was lost.
/// </summary>
/// <remarks>
/// A refusal the bureau states (4xx, 503) means nothing was pulled; any other failure after the request left us
/// (a timeout, a dropped connection, another 5xx, a body we cannot read) is <see cref="BureauOutcome.Unknown"/>, because
/// the bureau may have pulled and charged: the caller looks the pull up before it ever pulls again.
/// </remarks>
public sealed class HttpCreditBureau(HttpClient http, HttpBureauCredentials credentials) : ICreditBureau
{
    public const string BureauCode = "http";

    public string Code => BureauCode;

    public async Task<BureauAnswer> PullAsync(BureauPull pull, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, "/v1/credit-pulls");
        request.Headers.Add("Idempotency-Key", pull.OurReference);
        request.Content = new StringContent(HttpBureauJson.Request(pull).ToJsonString(), Encoding.UTF8, "application/json");
        return await SendAsync(request, HttpBureauJson.Pull, cancellationToken);
    }

    public async Task<BureauAnswer> FindAsync(string ourReference, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, "/v1/credit-pulls?clientReference=" + Uri.EscapeDataString(ourReference));
        return await SendAsync(request, body => body?["data"] is JsonArray { Count: > 0 } data ? HttpBureauJson.Pull(data[0]) : BureauAnswer.NotFound(), cancellationToken);
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, credentials.BaseUrl.TrimEnd('/') + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credentials.ApiKey);
        request.Headers.Add("X-Subscriber-Code", credentials.SubscriberCode);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    private async Task<BureauAnswer> SendAsync(HttpRequestMessage request, Func<JsonNode?, BureauAnswer> read, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return BureauAnswer.Unknown("bureau_unreachable");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient's own timeout.
            return BureauAnswer.Unknown("timeout");
        }

        using (response)
        {
            JsonNode? body;
            try
            {
                body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            }
            catch (System.Text.Json.JsonException)
            {
                body = null;
            }

            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? read(body)
                : status is >= 400 and < 500 || response.StatusCode == HttpStatusCode.ServiceUnavailable
                    ? BureauAnswer.Failed(HttpBureauJson.ErrorCode(body, status))
                    : BureauAnswer.Unknown(HttpBureauJson.ErrorCode(body, status));
        }
    }
}
