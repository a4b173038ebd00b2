using System.Collections.Concurrent;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace SecurityTrax.Messages.Delivery;

/// <summary>Email over SMTP with MailKit, reusing a few open connections.</summary>
/// <remarks>
/// Failures while connecting, authenticating, or when the server refuses the sender, a recipient or the message
/// prove nothing went out. Anything that breaks once the message is being handed over is <see cref="DeliveryResult.Unknown"/>.
/// </remarks>
public sealed partial class SmtpEmailTransport(SmtpOptions options, ILogger<SmtpEmailTransport> logger) : IMessageTransport, IDisposable
{
    public const string Name = "smtp";

    private static readonly TimeSpan IdleCheckAfter = TimeSpan.FromSeconds(5);
    private readonly ConcurrentBag<(SmtpClient Client, DateTime LastUsed)> _idle = [];
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Connections));

    public MessageChannel Channel => MessageChannel.Email;

    public string Provider => Name;

    public async Task<DeliveryOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var mime = ToMime(message);
        await _slots.WaitAsync(cancellationToken);
        SmtpClient? client = null;
        try
        {
            try
            {
                client = await OpenAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogConnectFailed(e, options.Host);
                return DeliveryOutcome.NotAccepted(Name, $"The mail server could not be reached: {e.Message}");
            }

            try
            {
                await client.SendAsync(mime, cancellationToken);
                _idle.Add((client, DateTime.UtcNow));
                client = null;
                return DeliveryOutcome.Accepted(Name, mime.MessageId);
            }
            catch (SmtpCommandException e) when (e.ErrorCode != SmtpErrorCode.UnexpectedStatusCode)
            {
                var reason = $"The mail server refused the message: {(int)e.StatusCode} {e.Message}";
                return (int)e.StatusCode >= 500 ? DeliveryOutcome.Rejected(Name, reason) : DeliveryOutcome.NotAccepted(Name, reason);
            }
            catch (Exception e)
            {
                LogSendBroke(e, message.MessageId);
                return DeliveryOutcome.Unknown(Name, $"The connection broke while the message was handed over: {e.Message}");
            }
        }
        finally
        {
            client?.Dispose();
            _slots.Release();
        }
    }

    private async Task<SmtpClient> OpenAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryTake(out var idle))
        {
            // A connection idle for a while may have been dropped by the server; find out before handing it a message.
            if (idle.Client.IsConnected
                && (DateTime.UtcNow - idle.LastUsed < IdleCheckAfter || await StillOpenAsync(idle.Client, cancellationToken)))
            {
                return idle.Client;
            }

            idle.Client.Dispose();
        }

        var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(options.Host!, options.Port, Enum.Parse<SecureSocketOptions>(options.Security, true), cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static async Task<bool> StillOpenAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.NoOpAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return false;
        }
    }

    private MimeMessage ToMime(OutgoingMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName ?? "", options.From!));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject ?? "";
        mime.MessageId = $"{message.MessageId}.{message.Tenant}@securitytrax.local";
        var body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var idle))
        {
            idle.Client.Dispose();
        }

        _slots.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not connect to the mail server {Host}")]
    private partial void LogConnectFailed(Exception exception, string? host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending message {MessageId} broke midway; its outcome is unknown")]
    private partial void LogSendBroke(Exception exception, string messageId);
}
