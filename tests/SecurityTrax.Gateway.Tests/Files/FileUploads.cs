using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SecurityTrax.Testing;

namespace SecurityTrax.Gateway.Tests.Files;

/// <summary>Multipart uploads and the file store's rows, for the file tests.</summary>
public static class FileUploads
{
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];

    public static readonly byte[] WindowsProgram = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    public static MultipartFormDataContent Form(string? category, string? description, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            // Set by hand: the client library refuses an empty file name, which is what some tests send.
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"files\"", FileName = $"\"{name}\"" };
            if (name.Any(c => c > 127))
            {
                part.Headers.ContentDisposition.FileNameStar = name;
            }

            form.Add(part);
        }

        if (category is not null)
        {
            form.Add(new StringContent(category), "category");
        }

        if (description is not null)
        {
            form.Add(new StringContent(description), "description");
        }

        return form;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, long customer, params (string Name, byte[] Bytes)[] files) =>
        await client.PostAsync($"/api/v1/customers/{customer}/files", Form(null, null, files));

    /// <summary>Uploads the files and returns their ids, failing the test on any other answer than 201.</summary>
    public static async Task<int[]> IdsAsync(HttpClient client, long customer, params (string Name, byte[] Bytes)[] files)
    {
        using var response = await PostAsync(client, customer, files);
        Assert.True(response.IsSuccessStatusCode, $"upload: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.EnumerateArray().Select(f => f.GetProperty("id").GetInt32())];
    }

    public static async Task<long> BlobRowsAsync(TestDatabase database, string tenant) =>
        await database.ScalarAsync<long>("SELECT count(*) FROM file_blobs WHERE tenant_id = @t", ("t", tenant))
        + await database.ScalarAsync<long>("SELECT count(*) FROM file_chunks WHERE tenant_id = @t", ("t", tenant));

    /// <summary>How many uploads the customer's files grain holds reserved, read from its stored state.</summary>
    public static async Task<int> ReservationsAsync(TestDatabase database, string tenant, long customer)
    {
        var rows = await database.RowsAsync(
            $"SELECT convert_from(payloadbinary, 'UTF8') FROM orleansstorage WHERE grainidextensionstring = '{tenant}/{customer}' AND convert_from(payloadbinary, 'UTF8') LIKE '%\"Reservations\"%'");
        return rows.Count == 0 ? 0 : JsonDocument.Parse(rows[0]).RootElement.GetProperty("Reservations").EnumerateObject().Count();
    }
}
