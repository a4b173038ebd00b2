using SecurityTrax.Web.Api;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Forms;

/// <summary>
/// Saves a changed ticket through the API's two writes, status and ticket, each with If-Match; the second takes the
/// ETag the first answered. A call that would change nothing is not sent. <see cref="Stored"/> and <see cref="ETag"/>
/// follow every call that succeeded, so after a refused second call a new save does not send the first again.
/// </summary>
public sealed class TicketSaver(ApiClient api, Note stored, string etag)
{
    public Note Stored { get; private set; } = stored;

    public string ETag { get; private set; } = etag;

    /// <summary>Null when saved; else the API's problem (412 when someone else changed the ticket meanwhile).</summary>
    public async Task<Problem?> SaveAsync(TicketChangeForm form)
    {
        if (form.StatusChanged(Stored.Ticket!)
            && Take(await api.PostAsync<Note>($"api/v1/notes/{Stored.Id}/status", new StatusInput(form.Status), ETag)) is { } refused)
        {
            return refused;
        }

        return form.TicketChanged(Stored.Ticket!)
            ? Take(await api.PutAsync<Note>($"api/v1/notes/{Stored.Id}/ticket", form.ToTicketInput(), ETag))
            : null;
    }

    /// <summary>Takes the latest stored note (after a 412), so the next save applies what is typed over it.</summary>
    public void Reloaded(Note latest, string etag) => (Stored, ETag) = (latest, etag);

    private Problem? Take(ApiResult<Note> result)
    {
        if (result.Value is { } note)
        {
            (Stored, ETag) = (note, result.ETag!);
        }

        return result.Problem;
    }
}
