using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Messages;
using SecurityTrax.Payments.Processing;
using SecurityTrax.Persistence;

namespace SecurityTrax.Portal;

/// <summary>
/// One address's one-time codes: at most <see cref="IPortalSignInGrain.CodesPerWindow"/> per window, each valid for
/// <see cref="PaymentsOptions.PortalCodeLifetime"/> and <see cref="IPortalSignInGrain.MaxTries"/> tries, stored as a salted
/// digest. An address on nobody's record gets a code too (never sent), so both answer and store alike.
/// </summary>
public sealed class PortalSignInGrain(
    [PersistentState(StorageNames.PortalSignIn, StorageNames.Main)] IPersistentState<PortalSignInState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    PaymentsOptions options)
    : Grain, IPortalSignInGrain
{
    private const string WrongCode = "This code is not right. Check the latest message, or ask for a new code.";

    // The code and where it goes are kept in memory only until the one-way send after the answer.
    private (string Code, string Address, MessageChannel Channel)? _toSend;

    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    private PortalSignInState State => state.State;

    public async Task<PortalCodeOutcome> RequestCodeAsync(string address)
    {
        var (normalized, channel) = PortalSignInKeys.Normalize(address) ?? throw SecurityTraxException.Invalid("address", "An email address or a phone number.");
        var now = time.GetUtcNow();
        State.Requests.RemoveAll(at => at <= now - IPortalSignInGrain.CodeWindow);
        if (State.Requests.Count >= IPortalSignInGrain.CodesPerWindow)
        {
            return new PortalCodeOutcome(options.PortalCodeLifetime, State.Requests.Min() + IPortalSignInGrain.CodeWindow);
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        State.Salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        (State.CodeDigest, State.ExpiresAt, State.Tries) = (Digest(code, State.Salt), now + options.PortalCodeLifetime, 0);
        var onFile = await OnFileAsync(normalized, channel);
        State.CustomerId = onFile?.Id;
        State.Codes++;
        State.Requests.Add(now);
        await state.WriteStateAsync();
        _toSend = (code, onFile?.Address ?? "", channel);
        await this.AsReference<IPortalSignInGrain>().SendCodeAsync();
        return new PortalCodeOutcome(options.PortalCodeLifetime, null);
    }

    public async Task SendCodeAsync()
    {
        if (_toSend is not { } send || State.CustomerId is not { } customer)
        {
            return;
        }

        _toSend = null;
        var company = (await GrainFactory.GetGrain<Tenants.ITenantSettingsGrain>(GrainKeys.For(Tenant, Tenants.ITenantSettingsGrain.Id)).GetAsync()).CompanyName;
        var text = $"{send.Code} is your {company} payment portal code. It works for {PortalCodeWording.Lifetime(options.PortalCodeLifetime)}. If you did not ask for it, ignore this message.";
        var message = GrainFactory.GetGrain<IMessageGrain>(GrainKeys.For(Tenant, $"{GrainKeys.Parse(this.GetPrimaryKeyString()).Id}-code-{State.Codes}"));
        try
        {
            await message.SendAsync(send.Channel == MessageChannel.Email
                ? new SendMessage(customer, MessageChannel.Email, null, null, $"Your {company} sign-in code", $"<p>{text}</p>", text, send.Address, null, null, null, false)
                : new SendMessage(customer, MessageChannel.Sms, null, null, null, null, text, send.Address, null, null, null, false));
        }
        catch (SecurityTraxException)
        {
            // An address the messages refuse (an SMS opt-out): the subscriber gets no code, and the answer was the same anyway.
        }
    }

    public async Task<IssuedPayLink> VerifyAsync(string code)
    {
        var now = time.GetUtcNow();
        if (State.CodeDigest is null || State.Salt is null)
        {
            throw SecurityTraxException.Invalid("code", WrongCode);
        }

        if (State.Tries >= IPortalSignInGrain.MaxTries)
        {
            throw SecurityTraxException.Invalid("code", "Too many wrong codes. Ask for a new code.");
        }

        if (now >= State.ExpiresAt)
        {
            throw SecurityTraxException.Invalid("code", "This code has expired. Ask for a new code.");
        }

        var right = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Digest(code.Trim(), State.Salt)), Encoding.ASCII.GetBytes(State.CodeDigest));
        if (!right || State.CustomerId is not { } customer)
        {
            State.Tries++;
            await state.WriteStateAsync();
            throw SecurityTraxException.Invalid("code", State.Tries >= IPortalSignInGrain.MaxTries ? "Too many wrong codes. Ask for a new code." : WrongCode);
        }

        // A code opens once.
        (State.CodeDigest, State.Salt, State.Tries) = (null, null, 0);
        await state.WriteStateAsync();
        return await GrainFactory.GetGrain<ICustomerPayLinksGrain>(GrainKeys.For(Tenant, customer.ToString(CultureInfo.InvariantCulture)))
            .CreateAsync(new NewPayLink(null, now + IPortalSignInGrain.SessionLifetime));
    }

    /// <summary>The customer (not a lead) whose record has the address, with the address as the record writes it; the oldest when several do.</summary>
    private async Task<(long Id, string Address)?> OnFileAsync(string address, MessageChannel channel)
    {
        var page = await GrainFactory.GetGrain<ICustomerQueryGrain>(GrainKeys.For(Tenant, ICustomerQueryGrain.Id))
            .SearchAsync(new CustomerSearch(address, CustomerStage.Customer, null, CustomerSort.Number, false, null, 50));
        foreach (var c in page.Items)
        {
            var match = channel == MessageChannel.Email
                ? string.Equals(c.Email?.Trim(), address, StringComparison.OrdinalIgnoreCase) ? c.Email : null
                : c.Phones.FirstOrDefault(p => PortalSignInKeys.Normalize(p) is { Channel: MessageChannel.Sms } phone && phone.Address == address);
            if (match is not null)
            {
                return (c.Id, match.Trim());
            }
        }

        return null;
    }

    private static string Digest(string code, string salt) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + code)));
}
