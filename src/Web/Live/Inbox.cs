using SecurityTrax.Web.Api;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Live;

/// <summary>
/// The newest notifications of the signed-in user, merged from the inbox API and live pushes by sequence (so a push
/// that is also in a page read is shown once). How far the user has read is the API's read mark, the same in every
/// browser the user signs in to; it is read when the inbox opens and again when the bell is opened.
/// </summary>
public sealed class Inbox(ApiClient api)
{
    public const int Keep = 50;
    private const string MarkPath = "api/v1/me/notifications/read";

    private readonly List<Notification> _items = [];
    private long _readUpTo;
    private int _unreadNotShown;

    public IReadOnlyList<Notification> Items => _items;

    /// <summary>The newest sequence seen; a reconnect asks the API for what came after it.</summary>
    public long LastSequence => _items.Count == 0 ? 0 : _items[0].Sequence;

    /// <summary>Unread among the items shown, plus the older unread ones the API counted that are not in the list.</summary>
    public int Unread => _unreadNotShown + _items.Count(IsUnread);

    public bool IsUnread(Notification notification) => notification.Sequence > _readUpTo;

    public event Action? Changed;

    /// <summary>Starts the inbox of a user with the newest page the API gave, then takes the API's read mark.</summary>
    public async Task OpenAsync(IEnumerable<Notification> newest)
    {
        Merge(newest);
        await RefreshMarkAsync();
    }

    /// <summary>Takes the read mark again: another browser of the same user may have read meanwhile.</summary>
    public async Task RefreshMarkAsync()
    {
        if ((await api.GetAsync<ReadMark>(MarkPath)).Value is { } mark)
        {
            Take(mark);
        }
    }

    /// <summary>Adds what is not shown yet; answers the ones that were new, oldest first.</summary>
    public IReadOnlyList<Notification> Merge(IEnumerable<Notification> notifications)
    {
        var added = notifications.Where(n => _items.All(i => i.Sequence != n.Sequence)).OrderBy(n => n.Sequence).ToList();
        if (added.Count > 0)
        {
            _items.AddRange(added);
            _items.Sort((a, b) => b.Sequence.CompareTo(a.Sequence));
            _items.RemoveRange(Math.Min(Keep, _items.Count), Math.Max(0, _items.Count - Keep));
            Changed?.Invoke();
        }

        return added;
    }

    /// <summary>Marks everything shown read on the server; when the API cannot be reached the count stays as it was.</summary>
    public async Task MarkReadAsync()
    {
        if (LastSequence > 0 && (await api.PostAsync<ReadMark>(MarkPath, new ReadMarkInput(LastSequence))).Value is { } mark)
        {
            Take(mark);
        }
    }

    public void Close()
    {
        (_readUpTo, _unreadNotShown) = (0, 0);
        _items.Clear();
        Changed?.Invoke();
    }

    // The API counts every unread notification, also ones older than the list keeps; those are counted apart, so
    // that pushes arriving later are added to the count once, through the list.
    private void Take(ReadMark mark)
    {
        _readUpTo = Math.Max(_readUpTo, mark.ReadUpTo);
        _unreadNotShown = Math.Max(0, mark.Unread - _items.Count(n => n.Sequence > mark.ReadUpTo));
        Changed?.Invoke();
    }
}
