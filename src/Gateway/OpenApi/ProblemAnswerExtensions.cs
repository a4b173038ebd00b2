namespace SecurityTrax.Gateway.OpenApi;

public static class ProblemAnswerExtensions
{
    /// <summary>Documents a problem answer of this endpoint's own (a conflict its handler refuses, a rate limit), with the reason.</summary>
    public static TBuilder AnswersProblem<TBuilder>(this TBuilder builder, int status, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProblemAnswer(status, description));
}
