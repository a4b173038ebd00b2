using SecurityTrax.Errors;

namespace SecurityTrax.Identity;

/// <summary>Checks that a user id named on a record (sales rep, sold by) is a user of the record's company.</summary>
public static class CompanyUsers
{
    /// <summary>Adds a field error for an unknown user; an unchanged value is not checked again.</summary>
    public static async Task CheckAsync(IGrainFactory grains, string tenant, string? userId, string? current, string field, List<FieldError> errors)
    {
        if (userId is null || userId == current)
        {
            return;
        }

        try
        {
            await grains.GetGrain<IUserDirectoryGrain>(GrainKeys.For(tenant, IUserDirectoryGrain.Id)).GetUserAsync(userId);
        }
        catch (SecurityTraxException e) when (e.Kind == ErrorKind.NotFound)
        {
            errors.Add(new FieldError(field, $"'{userId}' is not a user of this company."));
        }
    }
}
