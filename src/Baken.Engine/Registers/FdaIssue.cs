using System.Globalization;
using System.Text;

namespace Baken.Engine.Registers;

/// <summary>What is wrong with an FDA list file. Any issue means the file gives no entries.</summary>
public enum FdaIssueKind
{
    /// <summary>The file is empty, or has a header but no rows.</summary>
    EmptyFile,

    /// <summary>The file is larger than <see cref="FdaReadOptions.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>The content is neither FDA's CSV nor FDA's XML (an Excel workbook, for instance).</summary>
    UnknownLayout,

    /// <summary>The CSV file is not valid UTF-8.</summary>
    InvalidEncoding,

    /// <summary>The CSV header is not exactly FDA's, or the XML is not <c>&lt;data&gt;&lt;row&gt;</c> with FDA's six elements.</summary>
    BadHeader,

    /// <summary>The CSV is not well-formed (an unclosed quote, for instance). Reading stopped.</summary>
    MalformedCsv,

    /// <summary>The XML is not well-formed (truncated, for instance) or has a DTD. Reading stopped.</summary>
    MalformedXml,

    /// <summary>A CSV record has more or fewer than six fields.</summary>
    WrongFieldCount,

    /// <summary>A required cell is empty or white space only (all six are required).</summary>
    EmptyCell,

    /// <summary>The date of final decision is not a date in MM/DD/YYYY.</summary>
    BadDate,

    /// <summary>The submission number is not <c>K</c>, <c>DEN</c> or <c>P</c> with six digits (and an optional <c>/S</c> with three).</summary>
    BadSubmissionNumber,

    /// <summary>The XML's <c>=HYPERLINK(url, number)</c> formula cannot be read, or its link is for another number.</summary>
    BadLink,

    /// <summary>The primary product code is not three capital letters.</summary>
    BadProductCode,

    /// <summary>A submission number occurs in two rows; the number is the key.</summary>
    DuplicateSubmissionNumber,

    /// <summary>More issues were found than are listed.</summary>
    TooManyIssues,
}

/// <summary>One problem in an FDA list file.</summary>
/// <param name="Kind">What kind of problem.</param>
/// <param name="Message">A complete English sentence naming the row, line, column and value, to show as is.</param>
/// <param name="Row">1-based row number (the first CSV record after the header, or the first <c>&lt;row&gt;</c>, is 1).</param>
/// <param name="Line">1-based line of the file where that row starts (a CSV record may span lines).</param>
/// <param name="Column">The column concerned, by FDA's CSV header name.</param>
public sealed record FdaIssue(FdaIssueKind Kind, string Message, int? Row = null, int? Line = null, string? Column = null)
{
    internal static FdaIssue AtRow(FdaIssueKind kind, int row, int line, string? column, string what) =>
        new(kind, $"Row {N(row)} (line {N(line)}): {what}", row, line, column);

    internal static string N(long number) => number.ToString("N0", CultureInfo.InvariantCulture);

    // A value in a message: quoted, control characters escaped so they cannot break a terminal line,
    // and cut short, since a broken file can hold anything.
    internal static string Quote(string value)
    {
        const int Max = 80;
        var sb = new StringBuilder("'");
        foreach (var c in value.Length > Max ? value[..Max] : value)
        {
            if (char.IsControl(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append(value.Length > Max ? "…'" : "'").ToString();
    }
}
