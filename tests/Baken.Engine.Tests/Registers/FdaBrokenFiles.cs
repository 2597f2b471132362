using System.Text;

namespace Baken.Engine.Tests.Registers;

/// FDA's real files with one deliberate change each, made in memory.
internal static class FdaBrokenFiles
{
    /// The CSV with one CRLF-terminated line rewritten (line 1 is the header). Splitting on CRLF is safe
    /// here: the one embedded line break (DEN230027, lines 676-677) is a bare LF.
    public static byte[] CsvWithLine(int line, Func<string, string> change)
    {
        var lines = Encoding.UTF8.GetString(FdaFiles.Bytes(FdaFiles.Csv)).Split("\r\n");
        lines[line - 1] = change(lines[line - 1]);
        return Encoding.UTF8.GetBytes(string.Join("\r\n", lines));
    }

    /// The CSV with one field of one line replaced; the line must have no quoted commas.
    public static byte[] CsvWithField(int line, int field, string value) =>
        CsvWithLine(line, l =>
        {
            var fields = l.Split(',');
            fields[field] = value;
            return string.Join(',', fields);
        });

    public static byte[] Xml(Func<string, string> change) =>
        Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(FdaFiles.Bytes(FdaFiles.Xml))));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
