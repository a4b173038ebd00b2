using Microsoft.JSInterop;
using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Live;

/// <summary>
/// The newest notifications of the signed-in user, merged from the inbox API and live pushes by sequence (so a push
/// that is also in a page read is shown once). The API keeps no read mark; how far the user has read is a sequence kept
/// in this browser's localStorage per company and user.
/// </summary>
public sealed class Inbox(IJSRuntime js)
{
    public const int Keep = 50;

    private readonly List<Notification> _items = [];
    private string? _readKey;
    private long _readUpTo;

    public IReadOnlyList<Notification> Items => _items;

    /// <summary>The newest sequence seen; a reconnect asks the API for what came after it.</summary>
    public long LastSequence => _items.Count == 0 ? 0 : _items[0].Sequence;

    public int Unread => _items.Count(IsUnread);

    public bool IsUnread(Notification notification) => notification.Sequence > _readUpTo;

    public event Action? Changed;

    /// <summary>Starts the inbox of a user with the newest page the API gave and how far this browser had read.</summary>
    public async Task OpenAsync(string tenant, string userId, IEnumerable<Notification> newest)
    {
        _readKey = $"securitytrax.inbox-read.{tenant}.{userId}";
        _readUpTo = long.TryParse(await js.InvokeAsync<string?>("localStorage.getItem", _readKey), out var read) ? read : 0;
        Merge(newest);
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

    public async Task MarkReadAsync()
    {
        _readUpTo = LastSequence;
        if (_readKey is not null)
        {
            await js.InvokeVoidAsync("localStorage.setItem", _readKey, _readUpTo.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Changed?.Invoke();
    }

    public void Close()
    {
        (_readKey, _readUpTo) = (null, 0);
        _items.Clear();
        Changed?.Invoke();
    }
}
