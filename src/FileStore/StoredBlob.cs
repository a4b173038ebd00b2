namespace SecurityTrax.FileStore;

/// <summary>What a finished write learned about the bytes: their size, SHA-256 and first bytes (for type detection).</summary>
public sealed record StoredBlob(long Size, byte[] Sha256, byte[] Head);
