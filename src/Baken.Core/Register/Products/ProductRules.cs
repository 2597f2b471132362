using Baken.Core.Platform;

namespace Baken.Core.Register.Products;

/// <summary>The input rules of a product's content.</summary>
public static class ProductRules
{
    public const int ShortDescriptionMax = 350;

    private static readonly Dictionary<Regime, string[]> ClassesPerRegime = new()
    {
        [Regime.Mdr] = ["I", "IIa", "IIb", "III"],
        [Regime.Mdd] = ["I", "IIa", "IIb", "III"],
        [Regime.Ivdr] = ["A", "B", "C", "D"],
        [Regime.Ivdd] = ["general", "self-testing", "list-a", "list-b"],
        [Regime.Fda] = ["I", "II", "III"],
    };

    public static FieldErrors Validate(ProductContent c)
    {
        var errors = new FieldErrors();
        errors.Text("name", c.Name, 200, required: true);
        errors.Slug("slug", c.Slug);
        errors.Text("shortDescription", c.ShortDescription, ShortDescriptionMax, required: true);
        errors.Text("englishSummary", c.EnglishSummary, 1000);
        errors.Text("intendedUse", c.IntendedUse, 4000);
        errors.Text("intendedUsers", c.IntendedUsers, 1000);
        errors.Text("patientPopulation", c.PatientPopulation, 1000);
        errors.Text("transparencyLimitations", c.TransparencyLimitations, 4000);
        errors.Text("udiDi", c.UdiDi, 64);
        errors.Text("fdaNumber", c.FdaNumber, 20);
        errors.Url("website", c.Website);
        Distinct(errors, "sectors", c.Sectors);
        Distinct(errors, "standards", c.Standards);

        for (var i = 0; i < c.Certifications.Count; i++)
        {
            var cert = c.Certifications[i];
            var at = $"certifications[{i}]";
            if (cert.DeviceClass is not null && !ClassesPerRegime[cert.Regime].Contains(cert.DeviceClass, StringComparer.Ordinal))
            {
                errors.Add($"{at}.deviceClass", $"'{cert.DeviceClass}' is not a class under this regime; use one of {string.Join(", ", ClassesPerRegime[cert.Regime])}.");
            }

            errors.Text($"{at}.notifiedBody", cert.NotifiedBody, 200);
            errors.Text($"{at}.certificateNumber", cert.CertificateNumber, 100);
        }

        if (c.Certifications.Count > 20)
        {
            errors.Add("certifications", "At most 20 certifications.");
        }

        for (var i = 0; i < c.Evidence.Count; i++)
        {
            var item = c.Evidence[i];
            errors.Text($"evidence[{i}].title", item.Title, 500, required: true);
            errors.Text($"evidence[{i}].reference", item.Reference, 500);
            if (item.Year is < 1950 or > 2100)
            {
                errors.Add($"evidence[{i}].year", "Must be a year between 1950 and 2100.");
            }

            if (item.Level is < 1 or > 6)
            {
                errors.Add($"evidence[{i}].level", "Must be an efficacy level from 1 to 6.");
            }
        }

        if (c.Evidence.Count > 100)
        {
            errors.Add("evidence", "At most 100 evidence items.");
        }

        return errors;
    }

    private static void Distinct<T>(FieldErrors errors, string field, IReadOnlyList<T> values)
    {
        if (values.Distinct().Count() != values.Count)
        {
            errors.Add(field, "Each value may appear only once.", ErrorCodes.Duplicate);
        }
    }
}
