namespace SecurityTrax.Identity;

/// <summary>Marks grains whose key is <c>{tenant}/{id}</c>: only callers of that tenant may reach them.</summary>
public interface ITenantGrain : IGrainWithStringKey;
