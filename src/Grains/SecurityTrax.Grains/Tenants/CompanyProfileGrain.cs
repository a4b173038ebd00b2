using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Drawing;
using SecurityTrax.Errors;
using SecurityTrax.Persistence;

namespace SecurityTrax.Tenants;

public sealed class CompanyProfileGrain(
    [PersistentState(StorageNames.CompanyProfile, StorageNames.Main)] IPersistentState<CompanyProfileState> profile,
    [FromKeyedServices(Clock.Key)] TimeProvider time) : Grain, ICompanyProfileGrain
{
    private CompanyProfileState State => profile.State;

    private CompanyLogo? Logo => State.Logo is { } bytes && State.LogoContentType is { } type ? new CompanyLogo(type, bytes) : null;

    public Task<CompanyProfileDetails> GetAsync() => Task.FromResult(ToDetails());

    public async Task<CompanyProfileDetails> UpdateAsync(CompanyProfileInput input, int expectedVersion)
    {
        ExpectedVersion.Check(expectedVersion, State.Version);
        var errors = new List<FieldError>();
        var clean = CompanyProfileRules.Clean(input, errors);
        SecurityTraxException.ThrowIfAny(errors);
        State.LegalName = clean.LegalName;
        State.Address = clean.Address;
        State.Phone = clean.Phone;
        State.Email = clean.Email;
        State.Website = clean.Website;
        State.LicenceNumbers = [.. clean.LicenceNumbers];
        return await SaveAsync();
    }

    public Task<CompanyLogo> GetLogoAsync() =>
        Task.FromResult(Logo ?? throw SecurityTraxException.NotFound("The company logo"));

    public Task<CompanyLogo?> FindLogoAsync() => Task.FromResult(Logo);

    public async Task<CompanyProfileDetails> SetLogoAsync(byte[] content, int expectedVersion)
    {
        ExpectedVersion.Check(expectedVersion, State.Version);
        content ??= [];
        if (content.Length == 0 || content.Length > ICompanyProfileGrain.MaxLogoBytes)
        {
            throw SecurityTraxException.Invalid("image", $"The logo must be between 1 byte and {ICompanyProfileGrain.MaxLogoBytes / 1024} KB.");
        }

        var type = CompanyProfileRules.ImageType(content)
            ?? throw SecurityTraxException.Invalid("image", "The logo must be a PNG or JPEG image.");
        if (!Printable(content))
        {
            throw SecurityTraxException.Invalid("image", $"The {(type == "image/png" ? "PNG" : "JPEG")} image cannot be read.");
        }

        State.Logo = content;
        State.LogoContentType = type;
        return await SaveAsync();
    }

    public async Task<CompanyProfileDetails> RemoveLogoAsync(int expectedVersion)
    {
        ExpectedVersion.Check(expectedVersion, State.Version);
        State.Logo = null;
        State.LogoContentType = null;
        return await SaveAsync();
    }

    // The logo is printed on every PDF: one the PDF library cannot read is refused now rather than breaking each invoice later.
    private static bool Printable(byte[] content)
    {
        try
        {
            using var image = XImage.FromStream(new MemoryStream(content, writable: false));
            return image.PixelWidth > 0 && image.PixelHeight > 0;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or IOException or IndexOutOfRangeException)
        {
            return false;
        }
    }

    private async Task<CompanyProfileDetails> SaveAsync()
    {
        State.Version++;
        State.UpdatedAt = time.GetUtcNow();
        await profile.WriteStateAsync();
        return ToDetails();
    }

    private CompanyProfileDetails ToDetails() => new(
        State.LegalName, State.Address, State.Phone, State.Email, State.Website, [.. State.LicenceNumbers], State.LogoContentType,
        State.Version, State.UpdatedAt);
}
