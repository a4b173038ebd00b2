namespace SecurityTrax.FileStore;

/// <summary>Which store holds file bytes: <c>Files:Store</c> = <c>Postgres</c> (default) or <c>FileSystem</c> with <c>Files:Root</c>.</summary>
public static class FileStoreSettings
{
    public const string StoreKey = "Files:Store";
    public const string RootKey = "Files:Root";
    public const string Postgres = "Postgres";
    public const string FileSystem = "FileSystem";

    /// <summary>The store the configuration names; <paramref name="database"/> is asked for only when it is PostgreSQL.</summary>
    public static IFileStore Create(string? store, string? root, Func<Npgsql.NpgsqlDataSource> database)
    {
        if (string.IsNullOrWhiteSpace(store) || string.Equals(store, Postgres, StringComparison.OrdinalIgnoreCase))
        {
            return new PostgresFileStore(database());
        }

        if (string.Equals(store, FileSystem, StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(root)
                ? throw new InvalidOperationException($"Configuration '{RootKey}' is required when {StoreKey} is {FileSystem} (environment variable Files__Root).")
                : new DiskFileStore(root);
        }

        throw new InvalidOperationException($"Configuration '{StoreKey}' must be {Postgres} or {FileSystem}, not '{store}'.");
    }
}
