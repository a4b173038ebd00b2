using Microsoft.AspNetCore.Mvc;
using SecurityTrax.Files;

namespace SecurityTrax.Gateway.Files;

/// <summary>The uploads of a request, stored and ready to commit, or the problem that stopped it.</summary>
public sealed record UploadOutcome(FileUpload[] Uploads, ProblemDetails? Problem);
