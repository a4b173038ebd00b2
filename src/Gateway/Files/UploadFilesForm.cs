namespace SecurityTrax.Gateway.Files;

/// <summary>The parts of a file upload (documentation of the multipart body; the handler reads it as a stream).</summary>
/// <param name="Files">One to 20 files; each part's file name is the file's name.</param>
/// <param name="Category">Applies to every file of the request (Contract, Permit, Photo, …).</param>
/// <param name="Description">Applies to every file of the request.</param>
public sealed record UploadFilesForm(IFormFileCollection Files, string? Category, string? Description);
