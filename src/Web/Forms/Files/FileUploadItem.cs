using System.Globalization;
using System.Text.Json;
using SecurityTrax.Web.Api;
using SecurityTrax.Web.Api.Files;

namespace SecurityTrax.Web.Forms.Files;

/// <summary>One file on its way up: how far it got, and in words why it was refused.</summary>
public sealed class FileUploadItem(PickedFile file)
{
    public string Key => file.Key;

    public string Name => file.Name;

    public long Size => file.Size;

    public long Sent { get; private set; }

    public bool Sending { get; private set; }

    public bool Done { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Whole percent for the progress bar; 100 once the server has answered yes.</summary>
    public int Percent => Done ? 100 : Size <= 0 ? 0 : (int)Math.Min(99, Sent * 100 / Size);

    public void Start() => (Sending, Error, Sent) = (true, null, 0);

    public void Progress(long sent) => Sent = sent;

    /// <summary>Takes the server's answer: done on 201, otherwise the reason next to the file.</summary>
    public void Finish(UploadAnswer answer)
    {
        Sending = false;
        Done = answer.Status == 201;
        Error = Done ? null : Reason(answer);
    }

    public static string Reason(UploadAnswer answer)
    {
        var problem = Read(answer.Body);
        var detail = problem?.Errors?.Values.SelectMany(v => v).FirstOrDefault() ?? problem?.Detail;
        return answer.Status switch
        {
            0 => "The server could not be reached; the file was not stored. Try again.",
            413 => detail ?? "The file is larger than the company allows per file.",
            507 => detail ?? "The company's file storage is full.",
            408 => detail ?? "The upload stalled and was given up. Try again.",
            401 or 403 => "Your role may not upload files here.",
            _ => detail ?? problem?.Title ?? string.Create(CultureInfo.InvariantCulture, $"The upload failed ({answer.Status})."),
        };
    }

    private static Problem? Read(string body)
    {
        try
        {
            return string.IsNullOrWhiteSpace(body) ? null : JsonSerializer.Deserialize<Problem>(body, ApiJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
