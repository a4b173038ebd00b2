using System.Text.Json.Nodes;

namespace SecurityTrax.ApiClient.Tests;

/// <summary>
/// Where two JSON documents differ, as paths (<c>$.paths./api/v1/x.post.responses</c>). Members are compared by name,
/// whatever their order; arrays item by item, since the order of parameters, enum values and tags is part of the contract.
/// </summary>
public static class JsonDifferences
{
    public static IReadOnlyList<string> Between(JsonNode? expected, JsonNode? actual, int limit = 25)
    {
        var found = new List<string>();
        Walk("$", expected, actual, found, limit);
        return found;
    }

    private static void Walk(string path, JsonNode? expected, JsonNode? actual, List<string> found, int limit)
    {
        if (found.Count >= limit)
        {
            return;
        }

        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var name in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    var member = $"{path}.{name}";
                    if (!e.ContainsKey(name))
                    {
                        found.Add($"{member}: added");
                    }
                    else if (!a.ContainsKey(name))
                    {
                        found.Add($"{member}: removed");
                    }
                    else
                    {
                        Walk(member, e[name], a[name], found, limit);
                    }
                }

                break;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                {
                    if (i >= e.Count || i >= a.Count)
                    {
                        found.Add($"{path}[{i}]: {(i >= e.Count ? "added" : "removed")}");
                    }
                    else
                    {
                        Walk($"{path}[{i}]", e[i], a[i], found, limit);
                    }
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    found.Add($"{path}: {expected?.ToJsonString() ?? "null"} → {actual?.ToJsonString() ?? "null"}");
                }

                break;
        }
    }
}
