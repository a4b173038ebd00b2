using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.CreditReports.Bureaus;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Payments.Processing;
using SecurityTrax.Persistence;
using SecurityTrax.Security;

namespace SecurityTrax.Integrations;

/// <summary>A company's provider accounts: masked for admins, decrypted only for silo code (<see cref="IIntegrationSecretsGrain"/>).</summary>
public sealed class IntegrationSettingsGrain(
    [PersistentState(StorageNames.IntegrationSettings, StorageNames.Main)] IPersistentState<IntegrationSettingsState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    ConfidentialCipher cipher,
    OutboxWriter outbox,
    ILogger<IntegrationSettingsGrain> logger)
    : OutboxGrain<IntegrationSettingsState>(state, outbox, logger), IIntegrationSettingsGrain, IIntegrationSecretsGrain, IConfidentialRecordGrain
{
    /// <summary>Replaced Stripe keys kept for the payments made with them; older ones are dropped.</summary>
    public const int RetiredStripeKeysKept = 10;

    private IntegrationSecretBox? _secrets;

    public Task<IntegrationSettingsDetails> GetAsync() => Task.FromResult(ToDetails());

    public async Task<IntegrationSettingsDetails> SetSmtpAsync(SmtpSettingsInput input, int expectedVersion)
    {
        var clean = Checked(expectedVersion, errors => IntegrationSettingsRules.CheckSmtp(input, State.Smtp, errors));
        State.Smtp = new SmtpRecord
        {
            Host = clean.Host,
            Port = clean.Port,
            Security = clean.Security,
            UserName = clean.UserName,
            EncryptedPassword = clean.UserName is null ? null : Secrets.Protect(clean.Password, IntegrationSecretBox.SmtpPassword) ?? State.Smtp?.EncryptedPassword,
            From = clean.From,
            FromName = clean.FromName,
        };
        return await CommitAsync(SecurityEvents.IntegrationSettingsChanged, $"smtp: {clean.Host}:{clean.Port} from {clean.From}{Replaced(clean.Password, "password")}");
    }

    public async Task<IntegrationSettingsDetails> SetTwilioAsync(TwilioSettingsInput input, int expectedVersion)
    {
        var clean = Checked(expectedVersion, errors => IntegrationSettingsRules.CheckTwilio(input, State.Twilio, errors));
        State.Twilio = new TwilioRecord
        {
            AccountSid = clean.AccountSid,
            EncryptedAuthToken = Secrets.Protect(clean.AuthToken, IntegrationSecretBox.TwilioAuthToken) ?? State.Twilio!.EncryptedAuthToken,
            From = clean.From,
        };
        return await CommitAsync(SecurityEvents.IntegrationSettingsChanged, $"twilio: account {clean.AccountSid} from {clean.From}{Replaced(clean.AuthToken, "auth token")}");
    }

    public async Task<IntegrationSettingsDetails> SetStripeAsync(StripeSettingsInput input, int expectedVersion)
    {
        var clean = Checked(expectedVersion, errors => IntegrationSettingsRules.CheckStripe(input, State.Stripe, errors));
        if (clean.SecretKey is not null)
        {
            RetireStripe();
        }

        State.Stripe = new StripeRecord
        {
            EncryptedSecretKey = Secrets.Protect(clean.SecretKey, IntegrationSecretBox.StripeSecretKey) ?? State.Stripe!.EncryptedSecretKey,
            SecretKeyLast4 = clean.SecretKey?[^4..] ?? State.Stripe!.SecretKeyLast4,
            PublishableKey = clean.PublishableKey,
            EncryptedWebhookSigningSecret = Secrets.Protect(clean.WebhookSigningSecret, IntegrationSecretBox.StripeWebhookSecret) ?? State.Stripe!.EncryptedWebhookSigningSecret,
        };
        var detail = $"stripe: publishable key {clean.PublishableKey[..Math.Min(12, clean.PublishableKey.Length)]}…"
            + Replaced(clean.SecretKey, "secret key") + Replaced(clean.WebhookSigningSecret, "webhook signing secret");
        return await CommitAsync(SecurityEvents.IntegrationSettingsChanged, detail);
    }

    public async Task<IntegrationSettingsDetails> SetBureauAsync(BureauSettingsInput input, int expectedVersion)
    {
        var clean = Checked(expectedVersion, errors => BureauSettingsRules.Check(input, State.Bureau, errors));
        State.Bureau = new BureauRecord
        {
            BaseUrl = clean.BaseUrl,
            SubscriberCode = clean.SubscriberCode,
            EncryptedApiKey = Secrets.Protect(clean.ApiKey, IntegrationSecretBox.BureauApiKey) ?? State.Bureau!.EncryptedApiKey,
            ApiKeyLast4 = clean.ApiKey?[^4..] ?? State.Bureau!.ApiKeyLast4,
        };
        return await CommitAsync(SecurityEvents.IntegrationSettingsChanged, $"bureau: {clean.BaseUrl} as {clean.SubscriberCode}{Replaced(clean.ApiKey, "API key")}");
    }

    public async Task<IntegrationSettingsDetails> RemoveAsync(IntegrationProvider provider, int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        switch (provider)
        {
            case IntegrationProvider.Smtp:
                State.Smtp = null;
                break;
            case IntegrationProvider.Twilio:
                State.Twilio = null;
                break;
            case IntegrationProvider.Stripe:
                RetireStripe();
                State.Stripe = null;
                break;
            case IntegrationProvider.Bureau:
                State.Bureau = null;
                break;
            default:
                throw SecurityTraxException.Invalid("provider", "Use smtp, twilio, stripe or bureau.");
        }

        return await CommitAsync(SecurityEvents.IntegrationSettingsRemoved, $"{provider.ToString().ToLowerInvariant()}: back to the platform's settings");
    }

    public Task<TenantMessagingCredentials> GetMessagingAsync()
    {
        var smtp = State.Smtp is { } s
            ? new TenantSmtp(s.Host, s.Port, s.Security, s.UserName, Secrets.UnprotectOrNull(s.EncryptedPassword, IntegrationSecretBox.SmtpPassword), s.From, s.FromName)
            : null;
        var twilio = State.Twilio is { } t ? new TenantTwilio(t.AccountSid, Secrets.Unprotect(t.EncryptedAuthToken, IntegrationSecretBox.TwilioAuthToken), t.From) : null;
        return Task.FromResult(new TenantMessagingCredentials(smtp, twilio, State.Version));
    }

    public Task<StripeCredentials?> GetStripeAsync() => Task.FromResult(State.Stripe is { } s
        ? new StripeCredentials(Secrets.Unprotect(s.EncryptedSecretKey, IntegrationSecretBox.StripeSecretKey), s.PublishableKey, Secrets.Unprotect(s.EncryptedWebhookSigningSecret, IntegrationSecretBox.StripeWebhookSecret))
        : null);

    public Task<HttpBureauCredentials?> GetBureauAsync() => Task.FromResult(State.Bureau is { } b
        ? new HttpBureauCredentials(b.BaseUrl, b.SubscriberCode, Secrets.Unprotect(b.EncryptedApiKey, IntegrationSecretBox.BureauApiKey))
        : null);

    public Task<string?> GetStripeKeyAsync(string account)
    {
        if (State.Stripe is { } current && ProcessorAccount.OfStripeKey(Secrets.Unprotect(current.EncryptedSecretKey, IntegrationSecretBox.StripeSecretKey)) == account)
        {
            return Task.FromResult<string?>(Secrets.Unprotect(current.EncryptedSecretKey, IntegrationSecretBox.StripeSecretKey));
        }

        var retired = State.RetiredStripe.LastOrDefault(r => r.Account == account);
        return Task.FromResult(retired is null ? null : Secrets.Unprotect(retired.EncryptedSecretKey, IntegrationSecretBox.StripeSecretKey));
    }

    public Task<string[]> GetStripeWebhookSecretsAsync() => Task.FromResult<string[]>(
        [
            .. State.Stripe is { } s ? [Secrets.Unprotect(s.EncryptedWebhookSigningSecret, IntegrationSecretBox.StripeWebhookSecret)] : Array.Empty<string>(),
            .. State.RetiredStripe.AsEnumerable().Reverse().Select(r => Secrets.Unprotect(r.EncryptedWebhookSigningSecret, IntegrationSecretBox.StripeWebhookSecret)),
        ]);

    /// <summary>Keeps the key being replaced (still encrypted): payments made with it are pinned to its account.</summary>
    private void RetireStripe()
    {
        if (State.Stripe is not { } old)
        {
            return;
        }

        var account = ProcessorAccount.OfStripeKey(Secrets.Unprotect(old.EncryptedSecretKey, IntegrationSecretBox.StripeSecretKey));
        State.RetiredStripe.RemoveAll(r => r.Account == account);
        State.RetiredStripe.Add(new RetiredStripeKey
        {
            Account = account, EncryptedSecretKey = old.EncryptedSecretKey, EncryptedWebhookSigningSecret = old.EncryptedWebhookSigningSecret,
            RetiredAt = time.GetUtcNow(),
        });
        if (State.RetiredStripe.Count > RetiredStripeKeysKept)
        {
            State.RetiredStripe.RemoveRange(0, State.RetiredStripe.Count - RetiredStripeKeysKept);
        }
    }

    private async Task<IntegrationSettingsDetails> CommitAsync(string kind, string detail)
    {
        var now = time.GetUtcNow();
        State.Version++;
        State.UpdatedAt = now;
        State.Outbox.RecordSecurity(now, CallerContext.Current ?? Caller.System(Tenant), kind, null, null, detail);
        Secrets.Rewrap(State);
        await SaveAsync();
        return ToDetails();
    }

    /// <summary>The version check, then every field checked at once; nothing changes unless all pass.</summary>
    private T Checked<T>(int expectedVersion, Func<List<FieldError>, T> check)
    {
        EnsureVersion(expectedVersion);
        var errors = new List<FieldError>();
        var clean = check(errors);
        SecurityTraxException.ThrowIfAny(errors);
        return clean;
    }

    private void EnsureVersion(int expectedVersion)
    {
        if (expectedVersion != State.Version)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, State.Version);
        }
    }

    public async Task<bool> RewrapConfidentialAsync()
    {
        if (!Secrets.Rewrap(State))
        {
            return false;
        }

        await SaveAsync();
        return true;
    }

    private IntegrationSecretBox Secrets => _secrets ??= new IntegrationSecretBox(cipher, Tenant);

    private static string Replaced(string? secret, string name) => secret is null ? "" : $"; {name} replaced";

    private IntegrationSettingsDetails ToDetails() => new(
        State.Smtp is { } s ? new SmtpSettingsView(s.Host, s.Port, s.Security, s.UserName, s.EncryptedPassword is not null, s.From, s.FromName) : null,
        State.Twilio is { } t ? new TwilioSettingsView(t.AccountSid, AuthTokenSet: true, t.From) : null,
        State.Stripe is { } p ? new StripeSettingsView(p.SecretKeyLast4, p.PublishableKey, WebhookSecretSet: true) : null,
        State.Version,
        State.UpdatedAt,
        State.Bureau is { } b ? new BureauSettingsView(b.BaseUrl, b.SubscriberCode, b.ApiKeyLast4) : null);
}
