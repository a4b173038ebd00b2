using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SecurityTrax.Invoices.Printing;

/// <summary>
/// Lays a document out on US Letter pages, top to bottom: the company header and page number on every page, the
/// parties and dates on the first, the table heading on every page with lines, rows kept whole unless a single row
/// is taller than a page, then totals and note.
/// </summary>
internal sealed class InvoicePdfWriter(PrintableInvoice invoice)
{
    private const double PageWidth = 612;
    private const double PageHeight = 792;
    private const double Margin = 48;
    private const double Bottom = PageHeight - Margin;
    private const double Right = PageWidth - Margin;
    private const double LineHeight = 12;
    private const double RowPadding = 4;
    private const double CellPadding = 4;
    private const double PageNumberTop = Margin + 40;
    private const double LogoBox = 56;

    // Quantity, description, unit price, tax rate, amount; the description takes what the others leave.
    private static readonly double[] Widths = [44, PageWidth - (2 * Margin) - 44 - 80 - 52 - 90, 80, 52, 90];

    private readonly XFont _regular = new(DejaVuFontResolver.FamilyName, 9);
    private readonly XFont _bold = new(DejaVuFontResolver.FamilyName, 9, XFontStyleEx.Bold);
    private readonly XFont _small = new(DejaVuFontResolver.FamilyName, 8);
    private readonly XFont _company = new(DejaVuFontResolver.FamilyName, 14, XFontStyleEx.Bold);
    private readonly XFont _title = new(DejaVuFontResolver.FamilyName, 18, XFontStyleEx.Bold);
    private readonly XPen _rule = new(XColors.Gray, 0.75);
    private readonly XPen _separator = new(XColors.LightGray, 0.5);
    private readonly CultureInfo _culture = InvoiceText.Culture(invoice);
    private readonly PdfDocument _document = new();
    private readonly XImage? _logo = invoice.Logo is { } logo ? XImage.FromStream(new MemoryStream(logo.Content, writable: false)) : null;
    private XGraphics _graphics = null!;
    private double _y;
    private bool _pageHasRows;

    public byte[] Write()
    {
        using (_document)
        {
            _document.Info.Title = $"{InvoiceText.Title(invoice.Kind)} {invoice.Number}";
            _document.Info.Author = invoice.Company.Name;
            StartPage();
            WriteParties();
            WriteTableHeading();
            foreach (var line in invoice.Lines)
            {
                WriteRow(line);
            }

            WriteTotals();
            WriteNote();
            _graphics.Dispose();
            NumberPages();

            using var stream = new MemoryStream();
            _document.Save(stream, false);
            _logo?.Dispose();
            return stream.ToArray();
        }
    }

    private void StartPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.Letter;
        _graphics = XGraphics.FromPdfPage(page);
        _pageHasRows = false;

        var company = invoice.Company;
        var left = Margin;
        var x = Margin + DrawLogo();
        foreach (var line in PdfTextWrapper.Wrap(_graphics, company.Name, _company, (PageWidth / 2) - (x - Margin)))
        {
            Text(line, _company, x, left, PageWidth / 2, XStringFormats.TopLeft);
            left += 18;
        }

        foreach (var line in company.AddressLines.Append(company.Phone).OfType<string>())
        {
            Text(line, _regular, x, left, PageWidth / 2, XStringFormats.TopLeft);
            left += 11;
        }

        left = Math.Max(left, x > Margin ? Margin + LogoBox : left);

        Text(InvoiceText.Title(invoice.Kind).ToUpper(_culture), _title, Right - 200, Margin, 200, XStringFormats.TopRight);
        Text($"No. {invoice.Number}", _bold, Right - 200, Margin + 26, 200, XStringFormats.TopRight);

        _y = Math.Max(left, PageNumberTop + LineHeight) + 6;
        _graphics.DrawLine(_rule, Margin, _y, Right, _y);
        _y += 12;
    }

    /// <summary>Draws the logo scaled into a square box at the top left; answers how far the company's text moves right.</summary>
    private double DrawLogo()
    {
        if (_logo is null)
        {
            return 0;
        }

        var scale = Math.Min(LogoBox / _logo.PointWidth, LogoBox / _logo.PointHeight);
        _graphics.DrawImage(_logo, Margin, Margin, _logo.PointWidth * scale, _logo.PointHeight * scale);
        return LogoBox + 10;
    }

    private void WriteParties()
    {
        var left = _y;
        Text("Bill to", _bold, Margin, left, 250, XStringFormats.TopLeft);
        foreach (var line in invoice.Customer.AddressLines.Prepend(invoice.Customer.Name).Append(invoice.Customer.Phone).OfType<string>())
        {
            left += LineHeight;
            Text(line, _regular, Margin, left, 250, XStringFormats.TopLeft);
        }

        var right = _y;
        foreach (var (label, value) in InvoiceText.Details(invoice, _culture))
        {
            Text(label, _bold, PageWidth / 2 + 40, right, 100, XStringFormats.TopLeft);
            Text(value, _regular, PageWidth / 2 + 140, right, Right - (PageWidth / 2) - 140, XStringFormats.TopRight);
            right += LineHeight;
        }

        _y = Math.Max(left + LineHeight, right) + 16;
    }

    private void WriteTableHeading()
    {
        _graphics.DrawRectangle(XBrushes.Gainsboro, Margin, _y, Right - Margin, LineHeight + 6);
        WriteCells(InvoiceText.ColumnHeadings, _bold, _y + 3);
        _y += LineHeight + 10;
    }

    private void WriteRow(PrintableInvoiceLine line)
    {
        var description = PdfTextWrapper.Wrap(_graphics, line.Description, _regular, Widths[1] - (2 * CellPadding));
        var first = true;
        while (description.Count > 0)
        {
            var room = (int)Math.Floor((Bottom - _y - RowPadding) / LineHeight);
            if (room < 1 || (room < description.Count && _pageHasRows))
            {
                StartPage();
                WriteTableHeading();
                continue;
            }

            var take = Math.Min(room, description.Count);
            WriteCells(
                first
                    ? [InvoiceText.Quantity(line.Quantity, _culture), description[0], InvoiceText.Money(line.UnitPrice, _culture), InvoiceText.TaxRate(line.TaxRate, _culture), InvoiceText.Money(line.Amount, _culture)]
                    : [string.Empty, description[0], string.Empty, string.Empty, string.Empty],
                _regular,
                _y);
            for (var i = 1; i < take; i++)
            {
                Text(description[i], _regular, Margin + Widths[0] + CellPadding, _y + (i * LineHeight), Widths[1] - (2 * CellPadding), XStringFormats.TopLeft);
            }

            _y += (take * LineHeight) + RowPadding;
            _graphics.DrawLine(_separator, Margin, _y - (RowPadding / 2), Right, _y - (RowPadding / 2));
            _pageHasRows = true;
            description.RemoveRange(0, take);
            first = false;
        }
    }

    private void WriteTotals()
    {
        var totals = InvoiceText.Totals(invoice, _culture);
        if (_y + 8 + (totals.Count * (LineHeight + 2)) > Bottom)
        {
            StartPage();
        }

        _y += 8;
        var amountLeft = Right - Widths[4];
        for (var i = 0; i < totals.Count; i++)
        {
            var font = i == totals.Count - 1 ? _bold : _regular;
            Text(totals[i].Label, font, amountLeft - 160, _y, 160 - CellPadding, XStringFormats.TopRight);
            Text(totals[i].Value, font, amountLeft, _y, Widths[4] - CellPadding, XStringFormats.TopRight);
            _y += LineHeight + 2;
        }

        _y += 12;
    }

    private void WriteNote()
    {
        if (string.IsNullOrWhiteSpace(invoice.Note))
        {
            return;
        }

        if (_y + (2 * LineHeight) > Bottom)
        {
            StartPage();
        }

        Text("Note", _bold, Margin, _y, Right - Margin, XStringFormats.TopLeft);
        _y += LineHeight;
        foreach (var line in PdfTextWrapper.Wrap(_graphics, invoice.Note, _regular, Right - Margin))
        {
            if (_y + LineHeight > Bottom)
            {
                StartPage();
            }

            Text(line, _regular, Margin, _y, Right - Margin, XStringFormats.TopLeft);
            _y += LineHeight;
        }
    }

    // The total is known only at the end, so page numbers are added to the finished pages.
    private void NumberPages()
    {
        for (var i = 0; i < _document.PageCount; i++)
        {
            using var graphics = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            graphics.DrawString($"Page {i + 1} of {_document.PageCount}", _small, XBrushes.Black, new XRect(Right - 200, PageNumberTop, 200, LineHeight), XStringFormats.TopRight);
        }
    }

    private void WriteCells(IReadOnlyList<string> cells, XFont font, double top)
    {
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var format = i == 1 ? XStringFormats.TopLeft : XStringFormats.TopRight;
            Text(cells[i], font, x + CellPadding, top, Widths[i] - (2 * CellPadding), format);
            x += Widths[i];
        }
    }

    private void Text(string text, XFont font, double x, double y, double width, XStringFormat format) =>
        _graphics.DrawString(text, font, XBrushes.Black, new XRect(x, y, width, LineHeight), format);
}
