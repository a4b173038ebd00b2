namespace SecurityTrax.Web.Api.Files;

/// <summary>A file the user chose or dropped, known by a key while its bytes stay in the browser.</summary>
public sealed record PickedFile(string Key, string Name, long Size);
