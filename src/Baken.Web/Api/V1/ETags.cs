namespace Baken.Web.Api.V1;

/// <summary>Strong ETags from an entity's revision number, for optimistic concurrency.</summary>
internal static class ETags
{
    public static string For(int revision) => $"\"{revision}\"";

    /// <summary>
    /// Reads If-Match. Null means "no precondition" (absent or <c>*</c>); an unreadable value
    /// counts as revision 0, which never matches, so it fails safe with 412.
    /// </summary>
    public static int? ExpectedRevision(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return int.TryParse(value.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var revision)
            ? revision
            : 0;
    }

    public static bool NotModified(HttpRequest request, int revision) =>
        request.Headers.IfNoneMatch.ToString().Split(',').Any(tag => tag.Trim() == For(revision));
}
