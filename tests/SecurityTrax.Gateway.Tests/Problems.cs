using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityTrax.Gateway.Tests;

public static class Problems
{
    /// <summary>Asserts an RFC 9457 body with the status and (when given) type; returns its field errors, if any.</summary>
    public static async Task<JsonElement> AssertAsync(HttpResponseMessage response, HttpStatusCode status, string? type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        if (type is not null)
        {
            Assert.Equal(type, problem.GetProperty("type").GetString());
        }

        return problem.TryGetProperty("errors", out var errors) ? errors : default;
    }
}
