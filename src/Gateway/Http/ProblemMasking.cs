using Microsoft.AspNetCore.Mvc;
using SecurityTrax.Security;

namespace SecurityTrax.Gateway.Http;

/// <summary>
/// Masks card numbers in every problem the gateway writes: the instance is the request path, and titles, details and
/// field reasons may repeat route values or input the silo never saw (a payment id of 16 digits, say).
/// </summary>
public static class ProblemMasking
{
    public static void Apply(ProblemDetails problem)
    {
        problem.Title = Mask(problem.Title);
        problem.Detail = Mask(problem.Detail);
        problem.Instance = Mask(problem.Instance);
        if (problem is HttpValidationProblemDetails validation)
        {
            foreach (var (field, reasons) in validation.Errors.ToArray())
            {
                validation.Errors.Remove(field);
                validation.Errors[CardNumbers.Mask(field)] = [.. reasons.Select(CardNumbers.Mask)];
            }
        }

        foreach (var (key, value) in problem.Extensions.ToArray())
        {
            if (value is string text)
            {
                problem.Extensions[key] = CardNumbers.Mask(text);
            }
        }
    }

    private static string? Mask(string? text) => text is null ? null : CardNumbers.Mask(text);
}
