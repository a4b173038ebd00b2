using System.Text;
using SecurityTrax.Gateway.Tests.Files;

namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// Bad uploads for one multipart route whose file parts are named <paramref name="filePart"/>: no file, an empty one
/// beside a good one, no name, a part without Content-Disposition, unknown or too long fields, a program named as a
/// document, names that are paths, hold control characters or bidirectional controls or run past 255 characters, a
/// wrong or missing boundary, bodies that are not multipart, a file over <paramref name="maxFileBytes"/>, too many
/// files, and <see cref="Cuts"/> seeded cuts of a good body before its end. Every one must be refused whole.
/// </summary>
public sealed class BadUploads(string filePart, long maxFileBytes, Random random)
{
    public const int Cuts = 10;

    private const string Boundary = "suite-boundary-22";
    private static readonly string Multipart = $"multipart/form-data; boundary={Boundary}";

    public IReadOnlyList<BadUpload> Generate()
    {
        var pdf = Latin1(FileUploads.Pdf);
        var good = File("walked.pdf", pdf);
        var cases = new List<BadUpload>
        {
            Send("no file part", Field("category", "Permit")),
            Send("no parts at all"),
            Send("two files, the second empty", good, File("empty.pdf", "")),
            Send("an empty file", File("empty.pdf", "")),
            Send("a file without a name", File("", pdf)),
            Send("a part without Content-Disposition", good, "Content-Type: text/plain\r\n\r\nstray"),
            Send("an unknown field", good, Field("evil", "1")),
            Send("a category of 5,000 characters", good, Field("category", new string('c', 5000))),
            Send("a category of 100 characters", good, Field("category", new string('c', 100))),
            Send("a program named invoice.pdf", File("invoice.pdf", Latin1(FileUploads.WindowsProgram), "application/pdf")),
            Send("a program declared application/x-msdownload", File("setup.pdf", Latin1(FileUploads.WindowsProgram), "application/x-msdownload")),
            Send($"a file over the company's limit of {maxFileBytes} bytes", File("big.pdf", pdf + new string('x', (int)maxFileBytes))),
            Send("21 files", [.. Enumerable.Range(1, 21).Select(n => File($"page {n}.pdf", pdf))]),
            new("a boundary other than the body's", "multipart/form-data; boundary=not-the-one", Body(good)),
            new("no Content-Type", null, Body(good)),
            new("multipart without a boundary", "multipart/form-data", Body(good)),
            new("an empty boundary", "multipart/form-data; boundary=\"\"", Body(good)),
            new("multipart/mixed", $"multipart/mixed; boundary={Boundary}", Body(good)),
            new("text/html", "text/html", Encoding.UTF8.GetBytes("<script>alert(1)</script>")),
            new("application/json", "application/json", Encoding.UTF8.GetBytes("{\"files\":[\"walked.pdf\"]}")),
            new("a form post", "application/x-www-form-urlencoded", Encoding.UTF8.GetBytes("files=walked.pdf")),
            new("random bytes as multipart", Multipart, RandomBytes(2048)),
        };
        foreach (var name in new[]
        {
            "../../etc/passwd.pdf", "..\\..\\windows\\win.ini.pdf", "/etc/cron.d/job.pdf", "C:\\fakepath\\scan.pdf", "..",
            "tab\there.pdf", "nul\0byte.pdf", "bell\u0007.pdf", "invoice\u202Efdp.exe", "\u2066hidden\u2069.pdf",
            new string('n', 300) + ".pdf", new string('n', 10_000) + ".pdf",
        })
        {
            cases.Add(Send($"the name \"{Show(name)}\"", File(name, pdf)));
        }

        var whole = Body(good, Field("category", "Permit"));
        for (var i = 0; i < Cuts; i++)
        {
            var cut = random.Next(1, whole.Length - Boundary.Length - 6);
            cases.Add(new($"a body cut at byte {cut} of {whole.Length}", Multipart, whole[..cut]));
        }

        return cases;
    }

    /// <summary>An upload the route takes (a PDF and a category), for requests that lie about it only in their headers.</summary>
    public BadUpload Good() => Send("a good upload", File("walked.pdf", Latin1(FileUploads.Pdf)), Field("category", "Permit"));

    private BadUpload Send(string label, params string[] parts) => new(label, Multipart, Body(parts));

    private string File(string name, string content, string type = "application/octet-stream") =>
        // Names outside ASCII go in filename* as the RFC 5987 extended value; the rest as a plain quoted value.
        $"Content-Disposition: form-data; name=\"{filePart}\"; "
        + (name.All(c => c is >= ' ' and < '\u007F') ? $"filename=\"{name}\"" : $"filename*=UTF-8''{Uri.EscapeDataString(name)}")
        + $"\r\nContent-Type: {type}\r\n\r\n{content}";

    private static string Field(string name, string value) => $"Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}";

    private static byte[] Body(params string[] parts) =>
        Encoding.Latin1.GetBytes(string.Concat(parts.Select(p => $"--{Boundary}\r\n{p}\r\n")) + $"--{Boundary}--\r\n");

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    private static string Show(string name) =>
        (name.Length > 40 ? $"{name[..12]}… ({name.Length} characters)" : name).Replace("\0", "\\0", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
