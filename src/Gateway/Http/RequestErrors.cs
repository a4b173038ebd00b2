namespace SecurityTrax.Gateway.Http;

/// <summary>Collects first-line field errors in a handler: presence only; the grain judges the values.</summary>
public sealed class RequestErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public T Required<T>(T? value, string field)
        where T : class
    {
        if (value is null)
        {
            Add(field, "This field is required.");
        }

        return value!;
    }

    public T Required<T>(T? value, string field)
        where T : struct
    {
        if (value is null)
        {
            Add(field, "This field is required.");
        }

        return value.GetValueOrDefault();
    }

    public void Add(string field, string reason)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(reason);
    }

    public Microsoft.AspNetCore.Mvc.ProblemDetails ToProblem() =>
        ErrorResponses.Validation(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
