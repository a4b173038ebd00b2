using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SecurityTrax.Invoices;
using SecurityTrax.Outbox;
using SecurityTrax.Payments;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Grains.Tests.Composition;

/// <summary>
/// The house style for big grains (STYLE.md §2): composed of plain collaborators the grain owns, never spread over
/// <c>partial</c> files or stacked on abstract bases that have one subclass.
/// </summary>
public sealed partial class GrainCompositionTests
{
    private static readonly Assembly Grains = typeof(PaymentGrain).Assembly;

    [Fact]
    public void NoAbstractClassHasASingleSubclass()
    {
        var types = Grains.GetTypes();
        var lonely = types
            .Where(t => t.IsClass && t.IsAbstract && !t.IsSealed)
            .Where(b => types.Count(t => DerivesDirectly(t, b)) == 1)
            .Select(b => b.Name);

        Assert.Empty(lonely);
    }

    [Theory]
    [InlineData(typeof(PaymentGrain), typeof(OutboxGrain<PaymentState>))]
    [InlineData(typeof(InvoiceGrain), typeof(OutboxGrain<InvoiceState>))]
    [InlineData(typeof(RecurringInvoiceGrain), typeof(OutboxGrain<RecurringInvoiceState>))]
    public void MoneyGrainsStandOnTheOutboxGrainAlone(Type grain, Type outboxGrain) => Assert.Equal(outboxGrain, grain.BaseType);

    [Theory]
    [InlineData(typeof(PaymentGrain))]
    [InlineData(typeof(InvoiceGrain))]
    [InlineData(typeof(RecurringInvoiceGrain))]
    public void MoneyGrainsAreTheirContractHandedToCollaborators(Type grain)
    {
        // Private helpers would be work the grain does itself; it only composes its parts and answers its interfaces.
        var own = grain.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !m.IsDefined(typeof(CompilerGeneratedAttribute)) && !m.Name.Contains('<', StringComparison.Ordinal))
            .Select(m => m.Name);

        Assert.Empty(own);
    }

    [Fact]
    public void NoTypeOfTheGrainsIsSpreadOverFiles()
    {
        var declared = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "Grains"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => PartialType().Matches(File.ReadAllText(f)).Select(m => (Type: m.Groups["name"].Value, File: Path.GetFileName(f))));
        var spread = declared.GroupBy(d => d.Type).Where(g => g.Select(d => d.File).Distinct().Count() > 1).Select(g => g.Key);

        Assert.Empty(spread);
    }

    private static bool DerivesDirectly(Type type, Type parent) =>
        type.BaseType is { } b && (b.IsGenericType ? b.GetGenericTypeDefinition() : b) == parent;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SecurityTrax.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: SecurityTrax.sln was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\bpartial\s+(?:class|record|struct|interface)\s+(?<name>\w+)")]
    private static partial Regex PartialType();
}
