using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Metadata;
using Orleans.Serialization.TypeSystem;

namespace SecurityTrax;

/// <summary>Remembers which Orleans interface type a grain interface is, instead of working it out on every call.</summary>
/// <remarks>
/// Orleans resolves the interface type on each <c>GetGrain</c> (attribute reflection and type-name formatting);
/// the answer never changes within a process. Registered in front of Orleans' own providers, this one answers
/// every interface by asking them once.
/// </remarks>
public sealed class GrainInterfaceTypeCache(IServiceProvider services) : IGrainInterfaceTypeProvider
{
    private readonly ConcurrentDictionary<Type, GrainInterfaceType> _known = new();
    private GrainInterfaceTypeResolver? _resolver;

    /// <inheritdoc />
    public bool TryGetGrainInterfaceType(Type type, out GrainInterfaceType grainInterfaceType)
    {
        grainInterfaceType = _known.GetOrAdd(type, static (t, cache) => cache.Resolver.GetGrainInterfaceType(t), this);
        return true;
    }

    // Orleans' resolver over the other providers only, so that a miss does not come back here.
    private GrainInterfaceTypeResolver Resolver => _resolver ??= new GrainInterfaceTypeResolver(
        services.GetServices<IGrainInterfaceTypeProvider>().Where(p => !ReferenceEquals(p, this)).ToArray(),
        services.GetRequiredService<TypeConverter>());

    /// <summary>Puts the cache in front of the providers already registered; call after adding Orleans.</summary>
    public static void Register(IServiceCollection services)
    {
        var descriptor = ServiceDescriptor.Singleton<IGrainInterfaceTypeProvider>(sp => new GrainInterfaceTypeCache(sp));
        var first = services.ToList().FindIndex(d => d.ServiceType == typeof(IGrainInterfaceTypeProvider));
        services.Insert(first < 0 ? services.Count : first, descriptor);
    }
}
