using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Bench.Search;

// Loads customers through the gateway, then measures search latency through the gateway.
// Usage: SecurityTrax.Bench.Search <gateway url> <access token> <customers> <queries per kind>
var url = new Uri(args[0]);
var token = args[1];
var customers = int.Parse(args[2], CultureInfo.InvariantCulture);
var queriesPerKind = int.Parse(args[3], CultureInfo.InvariantCulture);

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

var existing = (await http.GetFromJsonAsync<JsonElement>("/api/v1/customers?limit=1")).GetProperty("items").GetArrayLength();
if (existing == 0)
{
    await Loader.LoadAsync(http, customers, concurrency: 32);
}
else
{
    Console.WriteLine("customers already loaded; measuring only");
}

if (queriesPerKind == 0)
{
    return;
}

var random = new Random(7);
var kinds = new (string Name, Func<string> Query)[]
{
    ("last name", () => $"q={Names.Last[random.Next(Names.Last.Length)]}"),
    ("first + last", () => $"q={Names.First[random.Next(Names.First.Length)]}+{Names.Last[random.Next(Names.Last.Length)]}"),
    ("email fragment", () => $"q={Names.Last[random.Next(Names.Last.Length)].ToLowerInvariant()}{random.Next(100)}%40"),
    ("phone digits", () => $"q=555{random.Next(10000):0000}"),
    ("city", () => $"q={Names.Cities[random.Next(Names.Cities.Length)].Split(' ')[0]}"),
    ("tag filter", () => $"tag={Names.Tags[random.Next(Names.Tags.Length)]}"),
    ("stage + sort by newest", () => "stage=customer&sort=-created"),
    ("list, second page", () => "sort=name&limit=50&cursor=" + SecondPage(http)),
};

Console.WriteLine($"{"query",-24} {"n",5} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
var all = new List<double>();
foreach (var (name, query) in kinds)
{
    var timings = new List<double>();
    for (var i = 0; i < queriesPerKind; i++)
    {
        var path = "/api/v1/customers?" + query();
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        clock.Stop();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
        }

        timings.Add(clock.Elapsed.TotalMilliseconds);
    }

    all.AddRange(timings);
    Console.WriteLine($"{name,-24} {timings.Count,5} {Stats.P(timings, 0.50),8:F1} {Stats.P(timings, 0.95),8:F1} {Stats.P(timings, 0.99),8:F1}");
}

Console.WriteLine($"{"all",-24} {all.Count,5} {Stats.P(all, 0.50),8:F1} {Stats.P(all, 0.95),8:F1} {Stats.P(all, 0.99),8:F1}");

static string SecondPage(HttpClient http) =>
    Uri.EscapeDataString(http.GetFromJsonAsync<JsonElement>("/api/v1/customers?sort=name&limit=50").GetAwaiter().GetResult()
        .GetProperty("nextCursor").GetString()!);
