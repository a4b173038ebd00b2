using SecurityTrax.Errors;
using SecurityTrax.Security;

namespace SecurityTrax.Silo.Tenancy;

/// <summary>Refuses client calls (the gateway's) to methods of an <see cref="ISiloOnlyGrain"/> interface, as "not found".</summary>
public sealed class SiloOnlyCallFilter : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType is { } declared && typeof(ISiloOnlyGrain).IsAssignableFrom(declared)
            && context.SourceId is { } source && GrainTypePrefix.IsClient(source))
        {
            throw SecurityTraxException.NotFound("The record");
        }

        return context.Invoke();
    }
}
