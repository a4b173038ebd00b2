namespace SecurityTrax.Messages;

/// <summary>What a message's state shows: its read-model row and its details.</summary>
public static class MessageViews
{
    public static MessageRow Row(string key, MessageState s) => new(
        key, s.CustomerId, s.CampaignId, Name(s.Channel), s.TemplateId, s.TemplateName, s.Subject, s.To, Name(s.Status), s.Reason,
        s.SentById, s.SentByName, s.CreatedAt, s.UpdatedAt, s.SentAt, s.NextAttemptAt, s.Number == 0 ? null : s.Number);

    public static MessageDetails Details(string key, MessageState s) => new(
        key, s.CustomerId, s.Channel, s.TemplateId, s.TemplateName, s.Subject, s.To, s.Status, s.Reason, s.Provider,
        s.ProviderMessageId, s.Attempts, s.SentById, s.SentByName, s.CreatedAt, s.SentAt, s.CampaignId, s.Html, s.Text,
        [.. s.Attachments.Select(a => a.FileName)], s.Number);

    /// <summary>The history line of a send: to whom, and the subject or the start of the text.</summary>
    public static string Summary(MessageState s)
    {
        var what = s.Subject ?? s.Text;
        return $"to {s.To}: {(what.Length > 80 ? what[..77] + "..." : what)}";
    }

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
