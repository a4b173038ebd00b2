using Npgsql;

namespace SecurityTrax.Testing;

/// <summary>The private PostgreSQL server the test command starts; each caller gets a database of its own.</summary>
public static class TestPostgres
{
    public const string Variable = "SECURITYTRAX_TEST_POSTGRES";
    public const string OwnerRole = "st_test_owner";
    public const string RuntimeRole = "st_test_app";
    private const string OwnerPassword = "owner-pw";
    private const string RuntimePassword = "app-pw";

    private static readonly SemaphoreSlim RolesOnce = new(1, 1);
    private static bool _rolesReady;

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with ./test.sh, which starts a private PostgreSQL and sets it.");

    /// <summary>Creates a fresh, empty database owned by the test owner role.</summary>
    public static async Task<TestDatabase> CreateDatabaseAsync()
    {
        await EnsureRolesAsync();
        var name = "st_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync();
            await Execute(admin, $"CREATE DATABASE {name} OWNER {OwnerRole}");
            await Execute(admin, $"GRANT CONNECT ON DATABASE {name} TO {RuntimeRole}");
        }

        return new TestDatabase(name, ConnectionString(name, OwnerRole, OwnerPassword), ConnectionString(name, RuntimeRole, RuntimePassword));
    }

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync();
        await Execute(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static string ConnectionString(string database, string user, string password) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = database,
            Username = user,
            Password = password,
        }.ConnectionString;

    private static async Task EnsureRolesAsync()
    {
        await RolesOnce.WaitAsync();
        try
        {
            if (_rolesReady)
            {
                return;
            }

            await using var admin = new NpgsqlConnection(AdminConnectionString);
            await admin.OpenAsync();
            await CreateRole(admin, OwnerRole, OwnerPassword);
            await CreateRole(admin, RuntimeRole, RuntimePassword);
            _rolesReady = true;
        }
        finally
        {
            RolesOnce.Release();
        }
    }

    // Test assemblies run in parallel against one server, so another one may create the role first.
    private static async Task CreateRole(NpgsqlConnection admin, string role, string password)
    {
        try
        {
            await Execute(admin, $"CREATE ROLE {role} LOGIN PASSWORD '{password}'");
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateObject or PostgresErrorCodes.UniqueViolation)
        {
        }
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
