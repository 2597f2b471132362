using Baken.Core.Register.Products;

namespace Baken.Core.Register.ErrorReports;

/// <summary>
/// A visitor's note that something on a public product page is wrong. It reaches the product's
/// maker and the reviewers; it is not published.
/// </summary>
public sealed class ErrorReport
{
    private ErrorReport() { }

    public Guid Id { get; private set; }
    public Guid ProductId { get; private set; }
    public Product? Product { get; private set; }

    /// <summary>Which part of the page the report is about, in the reporter's words.</summary>
    public string? Section { get; private set; }
    public string Message { get; private set; } = "";

    /// <summary>Optional, only so the maker can ask a question back.</summary>
    public string? ReporterEmail { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    public static ErrorReport Create(Guid id, Guid productId, string? section, string message, string? reporterEmail, DateTimeOffset now) =>
        new()
        {
            Id = id,
            ProductId = productId,
            Section = section,
            Message = message,
            ReporterEmail = reporterEmail,
            CreatedAt = now,
        };

    /// <summary>The maker or a reviewer has dealt with the report.</summary>
    public void Resolve(DateTimeOffset now) => ResolvedAt ??= now;
}
