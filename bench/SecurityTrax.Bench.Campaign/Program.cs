using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Bench.Campaign;

// Campaign throughput: messages per second from "start the campaign" to "every recipient's message
// handed to the SMTP server", through the public API on a running system.
// args: gateway URL, access token, recipients, SMTP port the silo sends to, rounds.
var (url, token) = (args[0], args[1]);
var recipients = int.Parse(args[2], CultureInfo.InvariantCulture);
var rounds = int.Parse(args[4], CultureInfo.InvariantCulture);
using var sink = new MailSink(int.Parse(args[3], CultureInfo.InvariantCulture));
using var http = new HttpClient { BaseAddress = new Uri(url) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

var tag = "bench-" + Guid.NewGuid().ToString("N")[..8];
var next = -1;
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < recipients)
    {
        var (created, etag) = await PostWithETag("/api/v1/customers", new { stage = "customer", firstName = "Pat", lastName = $"Member{i}", email = $"member{i}@example.com" }, null);
        // Every write names the version it changes (If-Match): the tag goes on the customer just created.
        await PostWithETag($"/api/v1/customers/{created.GetProperty("id").GetInt64()}/tags", new { tag }, etag);
    }
}));
Console.WriteLine($"loaded {recipients} recipients in {clock.Elapsed.TotalSeconds:F0} s");

var template = await Post("/api/v1/message-templates", new
{
    name = "Bench " + tag, channel = "email", subject = "Spring check-up, {{ customer.first_name }}",
    htmlBody = "<p>Dear {{ customer.name }},</p><p>Time to test your alarm system.</p><p>{{ company.name }}</p>", isDynamic = true,
});
var rates = new List<double>();
for (var round = 1; round <= rounds; round++)
{
    var before = sink.Received;
    clock.Restart();
    var campaign = await Post("/api/v1/campaigns", new { name = $"Bench round {round}", templateId = template.GetProperty("id").GetInt32(), audience = new { tag } });
    var id = campaign.GetProperty("id").GetInt64();
    JsonElement state;
    do
    {
        await Task.Delay(50);
        state = await http.GetFromJsonAsync<JsonElement>($"/api/v1/campaigns/{id}");
    }
    while (state.GetProperty("status").GetString() != "completed");

    var elapsed = clock.Elapsed.TotalSeconds;
    var sent = state.GetProperty("counts").GetProperty("sent").GetInt32();
    var received = sink.Received - before;
    rates.Add(received / elapsed);
    Console.WriteLine($"round {round}: {recipients} recipients, {received} received by SMTP in {elapsed:F1} s = {received / elapsed:F0} messages/s; by status: {state.GetProperty("counts")}");
    if (sent != recipients)
    {
        Console.WriteLine($"  campaign: {state}");
    }
}

rates.Sort();
Console.WriteLine($"median over {rounds} rounds: {rates[rates.Count / 2]:F0} messages/s");

async Task<(JsonElement Body, string? ETag)> PostWithETag(string path, object body, string? ifMatch)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
    if (ifMatch is not null)
    {
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
    }

    using var response = await http.SendAsync(request);
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag?.ToString());
}

async Task<JsonElement> Post(string path, object body)
{
    using var response = await http.PostAsJsonAsync(path, body);
    response.EnsureSuccessStatusCode();
    return await response.Content.ReadFromJsonAsync<JsonElement>();
}
