namespace SecurityTrax.Web.Api.Files;

/// <summary>What the browser's upload request answered: its status and body (the files, or a problem).</summary>
public sealed record UploadAnswer(int Status, string Body);
