using System.Text.RegularExpressions;
using System.Xml;

namespace Baken.Engine.Registers;

// FDA's XML download: <data> holding one <row> per entry, six child elements each. The submission
// number arrives as an Excel formula, =HYPERLINK("https://...pmn.cfm?ID=K252054", "K252054"): the
// number is its second argument, and the link must end with that number. The link itself is not
// kept, since FdaEntry.DetailsUrl builds the same link for entries from either layout.
internal static partial class FdaXmlLayout
{
    public static readonly string[] Elements =
        ["Date_of_final_decision", "Submission_number", "Device", "Company", "Panel", "Primary_product_code"];

    // No DTD and no resolver: the file comes from outside, and entity expansion is an attack surface.
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static void Read(byte[] bytes, int length, FdaReleaseBuilder builder)
    {
        var row = 0;
        using var xml = XmlReader.Create(new MemoryStream(bytes, 0, length, writable: false), Settings);
        var info = (IXmlLineInfo)xml;
        try
        {
            if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "data" || xml.NamespaceURI.Length != 0)
            {
                builder.Issue(new FdaIssue(FdaIssueKind.BadHeader,
                    $"Line {FdaIssue.N(info.LineNumber)}: the root element is <{xml.Name}>, not FDA's <data>.", Line: info.LineNumber));
                return;
            }

            if (xml.IsEmptyElement)
            {
                return;
            }

            xml.Read();
            while (xml.MoveToContent() is not (XmlNodeType.EndElement or XmlNodeType.None))
            {
                var line = info.LineNumber;
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "row")
                {
                    builder.Rows = ++row;
                    ReadRow(xml, info, row, builder);
                    continue;
                }

                builder.Issue(new FdaIssue(FdaIssueKind.BadHeader,
                    $"Line {FdaIssue.N(line)}: <data> holds {Describe(xml)}; FDA's holds only <row> elements.", Line: line));
                xml.Skip();
            }

            // Reading on checks that nothing but comments and white space follows </data>.
            while (xml.Read())
            {
            }
        }
        catch (XmlException e)
        {
            // Some errors (a prohibited DTD) carry no position.
            int? line = e.LineNumber > 0 ? e.LineNumber : info.LineNumber > 0 ? info.LineNumber : null;
            var where = line is { } l ? $"Line {FdaIssue.N(l)}: the" : "The";
            builder.Issue(new FdaIssue(FdaIssueKind.MalformedXml,
                $"{where} XML is not well-formed or not allowed ({e.Message}); reading stopped.", row > 0 ? row : null, line));
        }
    }

    private static void ReadRow(XmlReader xml, IXmlLineInfo info, int row, FdaReleaseBuilder builder)
    {
        var line = info.LineNumber;
        var cells = new string?[Elements.Length];
        if (xml.IsEmptyElement)
        {
            xml.Read();
        }
        else
        {
            xml.Read();
            while (xml.MoveToContent() is not (XmlNodeType.EndElement or XmlNodeType.None))
            {
                var index = xml.NodeType == XmlNodeType.Element ? Array.IndexOf(Elements, xml.LocalName) : -1;
                if (index < 0 || cells[index] is not null)
                {
                    var what = index < 0 ? $"holds {Describe(xml)}" : $"has <{xml.LocalName}> twice";
                    builder.Issue(FdaIssue.AtRow(FdaIssueKind.BadHeader, row, line, null,
                        $"the <row> {what}; FDA's rows have {string.Join(", ", Elements.Select(e => $"<{e}>"))}, once each."));
                    xml.Skip();
                    continue;
                }

                cells[index] = xml.ReadElementContentAsString();
            }

            xml.Read();
        }

        var number = Number(cells[FdaReleaseBuilder.Number] ?? "", row, line, builder);
        builder.Add(row, line, cells[0] ?? "", number, cells[2] ?? "", cells[3] ?? "", cells[4] ?? "", cells[5] ?? "");
    }

    // The number from the formula (a plain number is taken as it is); null when the formula is unreadable.
    private static string? Number(string cell, int row, int line, FdaReleaseBuilder builder)
    {
        if (!cell.StartsWith("=HYPERLINK(", StringComparison.OrdinalIgnoreCase))
        {
            return cell;
        }

        var column = Elements[FdaReleaseBuilder.Number];
        if (Hyperlink().Match(cell) is not { Success: true } m)
        {
            builder.Issue(FdaIssueKind.BadLink, row, line, FdaReleaseBuilder.Number,
                $"the {column} {FdaIssue.Quote(cell)} is not a formula =HYPERLINK(\"url\", \"number\").");
            return null;
        }

        var number = m.Groups["number"].Value;
        if (FdaSubmissionNumber.IsValid(number) && !m.Groups["url"].Value.EndsWith("=" + number, StringComparison.Ordinal))
        {
            builder.Issue(FdaIssueKind.BadLink, row, line, FdaReleaseBuilder.Number,
                $"the {column} shows {number} but links to {FdaIssue.Quote(m.Groups["url"].Value)}.");
        }

        return number;
    }

    private static string Describe(XmlReader xml) => xml.NodeType switch
    {
        XmlNodeType.Element => $"<{xml.Name}>",
        XmlNodeType.Text or XmlNodeType.CDATA => $"text {FdaIssue.Quote(xml.Value)}",
        _ => xml.NodeType.ToString(),
    };

    [GeneratedRegex("""^=HYPERLINK\("(?<url>[^"]*)",\s*"(?<number>[^"]*)"\)$""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Hyperlink();
}
