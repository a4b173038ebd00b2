using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Bench.Schedule;

/// <summary>Makes the technicians (users with the Technician role) and converted customers through the public API.</summary>
public static class Setup
{
    public static async Task RunAsync(HttpClient http, int technicians, int customers)
    {
        for (var i = 0; i < technicians; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"tech{i:000}");
            using var user = await http.PostAsJsonAsync("/api/v1/users", new { userName = name, displayName = $"Technician {i:000}", role = "Technician", password = "bench-technician-pw" });
            user.EnsureSuccessStatusCode();
            var userId = (await user.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
            using var technician = await http.PostAsJsonAsync("/api/v1/technicians", new { userId });
            technician.EnsureSuccessStatusCode();
        }

        for (var i = 0; i < customers; i++)
        {
            using var customer = await http.PostAsJsonAsync("/api/v1/customers", new
            {
                stage = "customer",
                firstName = "Pat",
                lastName = string.Create(CultureInfo.InvariantCulture, $"Visit{i:0000}"),
                serviceAddress = new { line1 = $"{100 + i} Elm St", city = "Denver", state = "CO", zip = "80202" },
            });
            customer.EnsureSuccessStatusCode();
        }

        Console.WriteLine($"made {technicians} technicians and {customers} customers");
    }

    /// <summary>The technicians' user ids and the customers' ids, as the API lists them.</summary>
    public static async Task<(long[] Technicians, long[] Customers)> ReadAsync(HttpClient http)
    {
        var day = await http.GetFromJsonAsync<JsonElement>("/api/v1/schedule/day?date=2027-06-01");
        var technicians = day.GetProperty("technicians").EnumerateArray().Select(t => t.GetProperty("technicianId").GetInt64()).ToArray();
        var customers = (await http.GetFromJsonAsync<JsonElement>("/api/v1/customers?stage=customer&limit=50")).GetProperty("items")
            .EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).ToArray();
        return (technicians, customers);
    }
}
