using System.Diagnostics;
using System.Net.Http.Json;

namespace SecurityTrax.Bench.Search;

/// <summary>Creates customers through the public API, in parallel, with a tag on about one in three.</summary>
public static class Loader
{
    public static async Task LoadAsync(HttpClient http, int count, int concurrency)
    {
        var clock = Stopwatch.StartNew();
        var next = -1;
        var failures = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var random = new Random(i);
                var first = Names.First[random.Next(Names.First.Length)];
                var last = Names.Last[random.Next(Names.Last.Length)];
                var body = new
                {
                    stage = i % 4 == 0 ? "lead" : "customer",
                    firstName = first,
                    lastName = last,
                    email = $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{i % 100}@example.com",
                    phones = new[] { new { kind = "mobile", number = $"303-555-{i % 10000:0000}" } },
                    serviceAddress = new
                    {
                        line1 = $"{100 + (i % 9900)} {Names.Streets[random.Next(Names.Streets.Length)]}",
                        city = Names.Cities[random.Next(Names.Cities.Length)],
                        state = "CO",
                        zip = $"80{random.Next(100, 999)}",
                    },
                    monthlyMonitoringRate = 39.95m,
                };
                using var response = await http.PostAsJsonAsync("/api/v1/customers", body);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                    continue;
                }

                if (i % 3 == 0)
                {
                    var id = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt64();
                    using var tag = await http.PostAsJsonAsync($"/api/v1/customers/{id}/tags", new { tag = Names.Tags[random.Next(Names.Tags.Length)] });
                }

                if (i > 0 && i % 10000 == 0)
                {
                    Console.WriteLine($"  {i} customers loaded, {i / clock.Elapsed.TotalSeconds:F0}/s");
                }
            }
        }));

        Console.WriteLine($"loaded {count - failures} customers in {clock.Elapsed.TotalSeconds:F0} s ({(count - failures) / clock.Elapsed.TotalSeconds:F0}/s), {failures} failures");
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} customers could not be created");
        }
    }
}
