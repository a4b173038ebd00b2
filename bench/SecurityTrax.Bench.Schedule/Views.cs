using System.Diagnostics;
using System.Globalization;

namespace SecurityTrax.Bench.Schedule;

/// <summary>Latency of a technician's week and the company's day through the gateway, one request at a time.</summary>
public static class Views
{
    public static async Task MeasureAsync(HttpClient http, long[] technicians, int queries)
    {
        var random = new Random(11);
        var first = new DateOnly(2027, 1, 4);
        Console.WriteLine($"{"view",-16} {"n",5} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"bytes/answer",13}");
        await RunAsync(http, "technician week", queries, () =>
            string.Create(CultureInfo.InvariantCulture, $"/api/v1/technicians/{technicians[random.Next(technicians.Length)]}/week?date={first.AddDays(random.Next(364)):yyyy-MM-dd}"));
        await RunAsync(http, "company day", queries, () =>
            string.Create(CultureInfo.InvariantCulture, $"/api/v1/schedule/day?date={first.AddDays(random.Next(364)):yyyy-MM-dd}"));
    }

    private static async Task RunAsync(HttpClient http, string name, int queries, Func<string> path)
    {
        var timings = new List<double>();
        long bytes = 0;
        for (var i = 0; i < queries; i++)
        {
            var target = path();
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(target);
            var body = await response.Content.ReadAsByteArrayAsync();
            clock.Stop();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{target} answered {(int)response.StatusCode}");
            }

            bytes += body.Length;
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{name,-16} {timings.Count,5} {Stats.P(timings, 0.50),8:F1} {Stats.P(timings, 0.95),8:F1} {Stats.P(timings, 0.99),8:F1} {bytes / queries,10} B");
    }
}
