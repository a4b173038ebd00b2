using System.Text.Json;

namespace SecurityTrax.Gateway.Tests.VersionedWrites;

/// <summary>
/// How to aim one write route at an existing record: the concrete path, a body that would be accepted, and where its
/// current version is read (the ETag header of <paramref name="ReadPath"/>, or a field of its JSON when <paramref name="ETagIn"/> is given).
/// </summary>
public sealed record VersionedWriteSample(string Path, object? Body, string ReadPath, Func<JsonElement, string?>? ETagIn = null);
