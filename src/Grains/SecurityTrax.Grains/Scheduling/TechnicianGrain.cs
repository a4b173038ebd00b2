using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Persistence;
using SecurityTrax.Tenants;

namespace SecurityTrax.Scheduling;

public sealed class TechnicianGrain(
    [PersistentState(StorageNames.Technician, StorageNames.Main)] IPersistentState<TechnicianState> state,
    OutboxWriter outbox,
    ILogger<TechnicianGrain> logger)
    : OutboxGrain<TechnicianState>(state, outbox, logger), ITechnicianGrain
{

    private string UserId => CalendarKeys.UserOfTechnician(GrainKeys.Parse(this.GetPrimaryKeyString()).Id);

    public async Task<TechnicianDetails> SetAsync(TechnicianInput input, int? expectedVersion)
    {
        if (expectedVersion is { } version)
        {
            EnsureVersion(version);
        }
        else if (State.Exists)
        {
            throw SecurityTraxException.Conflict($"User {UserId} is a technician already; change the technician instead.");
        }

        var errors = new List<FieldError>();
        var user = await UserAsync(errors);
        var clean = TechnicianRules.Normalize(input, errors);
        SecurityTraxException.ThrowIfAny(errors);

        State.Exists = true;
        State.Name = user!.DisplayName;
        State.Skills = [.. clean.Skills];
        State.Notes = clean.Notes;
        State.WorkingHours = [.. clean.WorkingHours];
        return await CommitAsync();
    }

    public async Task<TechnicianDetails> GetAsync()
    {
        EnsureExists();
        return ToDetails(await TimeZoneAsync());
    }

    public async Task<TechnicianDetails> AddTimeOffAsync(TimeOffInput input, int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        var errors = new List<FieldError>();
        var reason = TechnicianRules.Check(input, State.TimeOff, errors);
        SecurityTraxException.ThrowIfAny(errors);

        State.TimeOff.Add(new TimeOffDetails(++State.LastTimeOffId, input.From, input.To, reason!));
        State.TimeOff.Sort((a, b) => a.From.CompareTo(b.From));
        return await CommitAsync();
    }

    public async Task<TechnicianDetails> RemoveTimeOffAsync(int timeOffId, int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        if (State.TimeOff.RemoveAll(t => t.Id == timeOffId) == 0)
        {
            throw SecurityTraxException.NotFound($"Time off {timeOffId}");
        }

        return await CommitAsync();
    }

    public async Task<AppointmentClash[]> CheckAvailabilityAsync(DateTimeOffset start, DateTimeOffset end)
    {
        EnsureExists();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(await TimeZoneAsync());
        return Availability.Check(UserId, State.WorkingHours, State.TimeOff, zone, start, end);
    }

    public async Task<string> FeedTokenAsync()
    {
        EnsureExists();
        if (State.FeedToken is null)
        {
            // Not part of the technician's representation, so its version does not move.
            State.FeedToken = NewFeedToken();
            await SaveAsync();
        }

        return State.FeedToken;
    }

    public async Task<TechnicianDetails> RotateFeedTokenAsync(int expectedVersion)
    {
        EnsureVersion(expectedVersion);
        State.FeedToken = NewFeedToken();
        return await CommitAsync();
    }

    public Task<bool> FeedMatchesAsync(string token) => Task.FromResult(
        State.Exists && State.FeedToken is { } current
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(current), Encoding.ASCII.GetBytes(token ?? "")));

    private static string NewFeedToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private async Task<UserDetails?> UserAsync(List<FieldError> errors)
    {
        try
        {
            return await GrainFactory.GetGrain<IUserDirectoryGrain>(GrainKeys.For(Tenant, IUserDirectoryGrain.Id)).GetUserAsync(UserId);
        }
        catch (SecurityTraxException e) when (e.Kind == ErrorKind.NotFound)
        {
            errors.Add(new FieldError("userId", $"'{UserId}' is not a user of this company."));
            return null;
        }
    }

    private async Task<TechnicianDetails> CommitAsync()
    {
        State.Version++;
        State.Outbox.Project(TechnicianRow.Kind, UserId, State.Version, JsonSerializer.Serialize(new TechnicianRow(UserId, State.Name, [.. State.WorkingHours])));
        await SaveAsync();
        return ToDetails(await TimeZoneAsync());
    }

    private async Task<string> TimeZoneAsync()
    {
        var zone = (await GrainFactory.GetGrain<ITenantSettingsGrain>(GrainKeys.For(Tenant, ITenantSettingsGrain.Id)).GetAsync()).TimeZone;
        return TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? zone : TenantSettingsRules.DefaultTimeZone;
    }

    private TechnicianDetails ToDetails(string timeZone) => new(
        UserId, State.Name, [.. State.Skills], State.Notes, [.. State.WorkingHours], [.. State.TimeOff], timeZone, State.Version);

    private void EnsureExists()
    {
        if (!State.Exists)
        {
            throw SecurityTraxException.NotFound($"Technician {UserId}");
        }
    }

    private void EnsureVersion(int expected)
    {
        EnsureExists();
        if (expected != State.Version)
        {
            throw SecurityTraxException.StaleVersion(expected, State.Version);
        }
    }
}
