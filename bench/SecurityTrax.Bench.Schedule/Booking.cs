using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace SecurityTrax.Bench.Schedule;

/// <summary>
/// Bookings per second through the gateway with conflict checks: workers book one-hour visits for random technicians at
/// random hours of 2028 (away from the seeded year), so some land on a booked hour and are refused with 409.
/// </summary>
public static class Booking
{
    public static async Task MeasureAsync(HttpClient http, long[] technicians, long[] customers, int concurrency, TimeSpan duration)
    {
        var booked = 0;
        var clashes = 0;
        var failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var random = new Random(1000 + worker);
            while (clock.Elapsed < duration)
            {
                var start = new DateTimeOffset(2028, 1, 3, 0, 0, 0, TimeSpan.Zero).AddDays(random.Next(360)).AddHours(random.Next(24));
                using var response = await http.PostAsJsonAsync($"/api/v1/customers/{customers[random.Next(customers.Length)]}/appointments", new
                {
                    type = "service",
                    start,
                    durationMinutes = 60,
                    technicianIds = new[] { technicians[random.Next(technicians.Length)] },
                });
                _ = response.StatusCode switch
                {
                    HttpStatusCode.Created => Interlocked.Increment(ref booked),
                    HttpStatusCode.Conflict => Interlocked.Increment(ref clashes),
                    _ => Interlocked.Increment(ref failures),
                };
            }
        }));

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"booking: {booked} booked + {clashes} refused as clashes in {seconds:F1} s with {concurrency} clients: " +
            $"{(booked + clashes) / seconds:F0} requests/s, {booked / seconds:F0} bookings/s, {failures} failures");
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} booking requests failed");
        }
    }
}
