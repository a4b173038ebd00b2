using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

// Payment throughput: invoices paid per second through the public API on a running system with the sandbox
// processor. Each payment is "pay invoice": the gateway's idempotency check, a payment number, the charge through
// the processor, the application to the invoice, both grains' state and outboxes written to PostgreSQL.
// args: gateway URL, access token, customers, invoices per customer per round, rounds, concurrent clients.
var (url, token) = (args[0], args[1]);
var customers = int.Parse(args[2], CultureInfo.InvariantCulture);
var perCustomer = int.Parse(args[3], CultureInfo.InvariantCulture);
var rounds = int.Parse(args[4], CultureInfo.InvariantCulture);
var clients = int.Parse(args[5], CultureInfo.InvariantCulture);
using var http = new HttpClient { BaseAddress = new Uri(url) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

var catalog = await http.GetFromJsonAsync<JsonElement>("/api/v1/catalog");
var item = catalog.GetProperty("items").EnumerateArray().First().GetProperty("id").GetInt32();
var clock = Stopwatch.StartNew();
var invoices = new List<long>[rounds];
for (var r = 0; r < rounds; r++)
{
    invoices[r] = [];
}

await ParallelAsync(Enumerable.Range(0, customers), async i =>
{
    var customer = (await Post("/api/v1/customers", new { stage = "customer", firstName = "Pat", lastName = $"Payer{i}" })).GetProperty("id").GetInt64();
    await Post($"/api/v1/customers/{customer}/billing-methods", new { kind = "card", token = "pm_card_visa", makeDefault = true });
    for (var r = 0; r < rounds; r++)
    {
        for (var k = 0; k < perCustomer; k++)
        {
            var invoice = await Post($"/api/v1/customers/{customer}/invoices", new { lines = new[] { new { itemId = item, quantity = 1, unitPrice = 49.95m } } });
            lock (invoices)
            {
                invoices[r].Add(invoice.GetProperty("id").GetInt64());
            }
        }
    }
});
Console.WriteLine($"loaded {customers} customers with a card and {customers * perCustomer * rounds} invoices in {clock.Elapsed.TotalSeconds:F0} s");

var rates = new List<double>();
for (var round = 0; round < rounds; round++)
{
    var failed = 0;
    clock.Restart();
    await ParallelAsync(invoices[round], async invoice =>
    {
        var paid = await Post($"/api/v1/invoices/{invoice}/pay", new { emailReceipt = false });
        if (paid.GetProperty("status").GetString() != "succeeded" || paid.GetProperty("unapplied").GetDecimal() != 0)
        {
            Interlocked.Increment(ref failed);
        }
    });
    var elapsed = clock.Elapsed.TotalSeconds;
    var count = invoices[round].Count;
    rates.Add(count / elapsed);
    Console.WriteLine($"round {round + 1}: {count} invoices paid (charged and applied) in {elapsed:F1} s = {count / elapsed:F0} payments/s with {clients} clients; not paid: {failed}");
}

rates.Sort();
Console.WriteLine($"median over {rounds} rounds: {rates[rates.Count / 2]:F0} payments/s");

async Task ParallelAsync<T>(IEnumerable<T> items, Func<T, Task> body) =>
    await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = clients }, async (x, _) => await body(x));

async Task<JsonElement> Post(string path, object body)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
    request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
    using var response = await http.SendAsync(request);
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    return await response.Content.ReadFromJsonAsync<JsonElement>();
}
