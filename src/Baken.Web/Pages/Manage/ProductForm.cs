using System.Globalization;
using System.Text.Json.Nodes;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Register;
using Baken.Core.Register.Products;

namespace Baken.Web.Pages.Manage;

/// <summary>
/// The product editor's fields as the browser posts them (text, kebab-case enum names), and their
/// translation to <see cref="ProductContent"/>. Certifications and evidence are kept as they were
/// (they are edited through the API for now).
/// </summary>
public sealed class ProductForm
{
    /// <summary>Product name.</summary>
    public string? Name { get; set; }
    /// <summary>Address name in the URL.</summary>
    public string? Slug { get; set; }
    /// <summary>B1 Dutch summary.</summary>
    public string? ShortDescription { get; set; }
    /// <summary>English summary.</summary>
    public string? EnglishSummary { get; set; }
    /// <summary>Intended use.</summary>
    public string? IntendedUse { get; set; }
    /// <summary>Intended users.</summary>
    public string? IntendedUsers { get; set; }
    /// <summary>Patient population.</summary>
    public string? PatientPopulation { get; set; }
    /// <summary>Application area (kebab-case).</summary>
    public string? ApplicationArea { get; set; }
    /// <summary>Care sectors (kebab-case).</summary>
    public List<string> Sectors { get; set; } = [];
    /// <summary>AI kind (kebab-case).</summary>
    public string? AiKind { get; set; }
    /// <summary>AI task (kebab-case).</summary>
    public string? Task { get; set; }
    /// <summary>Lifecycle phase (kebab-case).</summary>
    public string? Phase { get; set; }
    /// <summary>Hosting region (kebab-case) or empty.</summary>
    public string? HostingRegion { get; set; }
    /// <summary>Standards (kebab-case).</summary>
    public List<string> Standards { get; set; } = [];
    /// <summary>Known limitations.</summary>
    public string? TransparencyLimitations { get; set; }
    /// <summary>Next review date, yyyy-MM-dd.</summary>
    public string? ReviewDate { get; set; }
    /// <summary>Website address.</summary>
    public string? Website { get; set; }

    /// <summary>The form filled from stored content.</summary>
    public static ProductForm From(ProductContent c) => new()
    {
        Name = c.Name,
        Slug = c.Slug,
        ShortDescription = c.ShortDescription,
        EnglishSummary = c.EnglishSummary,
        IntendedUse = c.IntendedUse,
        IntendedUsers = c.IntendedUsers,
        PatientPopulation = c.PatientPopulation,
        ApplicationArea = BakenJson.EnumName(c.ApplicationArea),
        Sectors = [.. c.Sectors.Select(s => BakenJson.EnumName(s))],
        AiKind = BakenJson.EnumName(c.AiKind),
        Task = BakenJson.EnumName(c.Task),
        Phase = BakenJson.EnumName(c.Phase),
        HostingRegion = c.HostingRegion is { } h ? BakenJson.EnumName(h) : null,
        Standards = [.. c.Standards.Select(s => BakenJson.EnumName(s))],
        TransparencyLimitations = c.TransparencyLimitations,
        ReviewDate = c.ReviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Website = c.Website,
    };

    /// <summary>
    /// The content, keeping <paramref name="kept"/>'s certifications and evidence, and the form's own
    /// errors (unreadable choices and dates, keyed by form field). The content's rules are checked on
    /// top, so the error summary lists every problem at once.
    /// </summary>
    public (ProductContent Content, FieldErrors Errors) ToContent(ProductContent? kept)
    {
        var errors = new FieldErrors();
        var area = Required<ApplicationArea>(errors, nameof(ApplicationArea), ApplicationArea);
        var kind = Required<AiKind>(errors, nameof(AiKind), AiKind);
        var task = Required<AiTask>(errors, nameof(Task), Task);
        var phase = Required<LifecyclePhase>(errors, nameof(Phase), Phase);
        HostingRegion? region = null;
        if (!string.IsNullOrEmpty(HostingRegion))
        {
            region = Required<HostingRegion>(errors, nameof(HostingRegion), HostingRegion);
        }

        var sectors = Many<CareSector>(errors, nameof(Sectors), Sectors);
        var standards = Many<InteroperabilityStandard>(errors, nameof(Standards), Standards);
        DateOnly? review = null;
        if (!string.IsNullOrWhiteSpace(ReviewDate))
        {
            if (DateOnly.TryParseExact(ReviewDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                review = d;
            }
            else
            {
                errors.Add(nameof(ReviewDate), "Vul een datum in als jjjj-mm-dd.", ErrorCodes.Date);
            }
        }

        var content = new ProductContent
        {
            Name = Trim(Name) ?? "",
            Slug = Trim(Slug) ?? "",
            ShortDescription = Trim(ShortDescription) ?? "",
            EnglishSummary = Trim(EnglishSummary),
            IntendedUse = Trim(IntendedUse),
            IntendedUsers = Trim(IntendedUsers),
            PatientPopulation = Trim(PatientPopulation),
            ApplicationArea = area,
            Sectors = sectors,
            AiKind = kind,
            Task = task,
            Phase = phase,
            HostingRegion = region,
            Standards = standards,
            TransparencyLimitations = Trim(TransparencyLimitations),
            ReviewDate = review,
            Website = Trim(Website),
            Certifications = kept?.Certifications ?? [],
            Evidence = kept?.Evidence ?? [],
            UdiDi = kept?.UdiDi,
            FdaNumber = kept?.FdaNumber,
        };
        foreach (var (field, messages) in ProductRules.Validate(content).ToDictionary())
        {
            foreach (var message in messages)
            {
                errors.Add(char.ToUpperInvariant(field[0]) + field[1..], message.Message, message.Code);
            }
        }

        return (content, errors);
    }

    /// <summary>A merge patch that sets every field, with null for the cleared ones.</summary>
    public static JsonObject Patch(ProductContent content)
    {
        var written = ProductJson.Write(content);
        foreach (var name in new[] { "englishSummary", "intendedUse", "intendedUsers", "patientPopulation", "hostingRegion", "transparencyLimitations", "reviewDate", "website" })
        {
            if (!written.ContainsKey(name))
            {
                written[name] = null;
            }
        }

        return new JsonObject { ["content"] = written };
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static T Required<T>(FieldErrors errors, string field, string? text)
        where T : struct, Enum
    {
        if (BakenJson.TryParseEnum<T>(text, out var value))
        {
            return value;
        }

        errors.Add(field, "Maak een keuze.", ErrorCodes.Choose);
        return default;
    }

    private static List<T> Many<T>(FieldErrors errors, string field, List<string> texts)
        where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var text in texts.Distinct(StringComparer.Ordinal))
        {
            if (BakenJson.TryParseEnum<T>(text, out var value))
            {
                values.Add(value);
            }
            else
            {
                errors.Add(field, "Maak een keuze.", ErrorCodes.Choose);
            }
        }

        return values;
    }
}
