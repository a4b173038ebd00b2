using Microsoft.AspNetCore.Http.Features;

namespace SecurityTrax.Gateway.Http;

/// <summary>
/// Caps every JSON request body at <see cref="MaxBytes"/> (a logo, the largest JSON we take, is at most 256 KB before
/// base64): a longer body is refused with 413 before anything reads it, so no huge value reaches a grain or a row.
/// Uploads are multipart and keep their own per-company limits.
/// </summary>
public sealed class JsonBodyLimitMiddleware(RequestDelegate next)
{
    public const long MaxBytes = 512 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.HasJsonContentType())
        {
            if (context.Request.ContentLength > MaxBytes)
            {
                throw new BadHttpRequestException(TooLarge, StatusCodes.Status413PayloadTooLarge);
            }

            // Without a Content-Length (chunked), the server stops reading at the same size.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = MaxBytes;
            }
        }

        return next(context);
    }

    public static string TooLarge => $"A JSON body may be at most {MaxBytes / 1024} KiB.";
}
