using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace SecurityTrax.Testing.Fakes;

/// <summary>Every object the fake created, by id, in creation order. Objects belong to the account (API key) that created them.</summary>
/// <remarks>Not thread-safe: the server runs every operation under one lock.</remarks>
internal sealed class FakeStripeStore(TimeProvider time)
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private readonly Dictionary<string, FakeStripeStoredObject> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<string>> _planned = new(StringComparer.Ordinal);
    private readonly List<FakeStripeStoredObject> _inOrder = [];

    public long Now => time.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>Test cards expire in December, three years from now.</summary>
    public int CardExpiryYear => time.GetUtcNow().Year + 3;

    public static string NewId(string prefix) => $"{prefix}_{RandomNumberGenerator.GetString(Alphabet, 24)}";

    public static string NewSecret(string id) => $"{id}_secret_{RandomNumberGenerator.GetString(Alphabet, 25)}";

    /// <summary>The next object with this prefix gets <paramref name="id"/> (a test that must name an object before it exists).</summary>
    public void Plan(string id)
    {
        var prefix = id[..id.IndexOf('_', StringComparison.Ordinal)];
        if (!_planned.TryGetValue(prefix, out var queue))
        {
            _planned[prefix] = queue = new Queue<string>();
        }

        queue.Enqueue(id);
    }

    /// <summary>A planned id for <paramref name="prefix"/>, else a new random one.</summary>
    public string NextId(string prefix) => _planned.TryGetValue(prefix, out var queue) && queue.TryDequeue(out var id) ? id : NewId(prefix);

    public JsonObject Add(FakeStripeCall call, JsonObject json) => Add(call.Account, call.IdempotencyKey, json);

    public JsonObject Add(string account, string? idempotencyKey, JsonObject json)
    {
        var stored = new FakeStripeStoredObject(account, idempotencyKey, json);
        _byId.Add(stored.Id, stored);
        _inOrder.Add(stored);
        return json;
    }

    /// <summary>The account's object of this type, or Stripe's 404 <c>resource_missing</c> naming <paramref name="param"/>.</summary>
    public JsonObject Get(string account, string id, string type, string param) =>
        _byId.TryGetValue(id, out var stored) && stored.Account == account && stored.Type == type
            ? stored.Json
            : throw FakeStripeErrors.NoSuch(type, id, param);

    public FakeStripeStoredObject? Find(string id) => _byId.GetValueOrDefault(id);

    public IEnumerable<FakeStripeStoredObject> All(string type) => _inOrder.Where(o => o.Type == type);
}
