namespace SecurityTrax.CreditReports.Bureaus;

/// <summary>One credit bureau (DESIGN §6): the built-in sandbox or an HTTP bureau with the company's credentials.</summary>
/// <remarks>
/// A pull costs the dealer money, so every pull carries our own reference, stored before the call: when a pull's
/// answer is lost (<see cref="BureauOutcome.Unknown"/>) the caller asks <see cref="FindAsync"/> by that reference
/// before it ever pulls again. Outcomes are answers, never exceptions.
/// </remarks>
public interface ICreditBureau
{
    /// <summary>The bureau's code as companies see it (<c>sandbox</c>, <c>http</c>).</summary>
    string Code { get; }

    Task<BureauAnswer> PullAsync(BureauPull pull, CancellationToken cancellationToken);

    /// <summary>The pull the bureau holds under our reference; <see cref="BureauOutcome.NotFound"/> when it never got it.</summary>
    Task<BureauAnswer> FindAsync(string ourReference, CancellationToken cancellationToken);
}
