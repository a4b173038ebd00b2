namespace SecurityTrax.Gateway.Messages;

public sealed record MergeFieldResponse(string Name, string Description, string Example);
