using Fluid;
using Fluid.Ast;
using SecurityTrax.Messages;

namespace SecurityTrax.Messages.Templates;

/// <summary>Walks a parsed template and lists every variable it reads that is not a known merge field.</summary>
/// <remarks>
/// Names the template defines itself (<c>assign</c>, <c>capture</c>, <c>for</c>) are allowed; so is a Liquid
/// property read off a known field (<c>customer.first_name.size</c>).
/// </remarks>
internal sealed class MergeFieldCollector : AstVisitor
{
    private readonly HashSet<string> _locals = new(StringComparer.Ordinal) { "forloop" };
    private readonly List<string> _read = [];

    public static IReadOnlyList<string> UnknownFields(IFluidTemplate template)
    {
        var collector = new MergeFieldCollector();
        collector.VisitTemplate(template);
        return [.. collector._read.Where(path => !collector.IsAllowed(path)).Distinct(StringComparer.Ordinal)];
    }

    protected override Statement VisitAssignStatement(AssignStatement assignStatement)
    {
        _locals.Add(assignStatement.Identifier);
        return base.VisitAssignStatement(assignStatement);
    }

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        _locals.Add(captureStatement.Identifier);
        return base.VisitCaptureStatement(captureStatement);
    }

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        _locals.Add(forStatement.Identifier);
        return base.VisitForStatement(forStatement);
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        var names = memberExpression.Segments.TakeWhile(s => s is IdentifierSegment).Cast<IdentifierSegment>()
            .Select(s => s.Identifier).ToList();
        if (names.Count > 0)
        {
            _read.Add(string.Join('.', names));
        }

        return base.VisitMemberExpression(memberExpression);
    }

    private bool IsAllowed(string path)
    {
        var parts = path.Split('.');
        return _locals.Contains(parts[0])
            || MergeFields.IsKnown(parts[0])
            || (parts.Length >= 2 && MergeFields.IsKnown(parts[0] + "." + parts[1]));
    }
}
