using System.Globalization;
using Baken.Core.Classification;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Classification;

/// <summary>
/// Plain-language names of the classification vocabulary (answers, classes, routes, duties). The
/// Dutch text is the key of the English one, as everywhere in the interface. The rule content
/// itself carries its questions in both languages; its conclusions are English only.
/// </summary>
public static class ClassificationText
{
    /// <summary>Whether the interface is in English.</summary>
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The step's question in the interface language.</summary>
    public static string Question(RuleSetStep step) => English ? step.QuestionEn : step.QuestionNl;

    /// <summary>The step's help text in the interface language, if the content has one.</summary>
    public static string? Help(RuleSetStep step) => English ? step.HelpEn : step.HelpNl;

    /// <summary>An answer to a question, by fact and value.</summary>
    public static string Answer(IStringLocalizer t, string fact, string value) => (fact, value) switch
    {
        (_, "true") => t["Ja"],
        (_, "false") => t["Nee"],
        ("regime", "MDR") => t["Een medisch hulpmiddel (MDR)"],
        ("regime", "IVDR") => t["Een in-vitrodiagnostisch hulpmiddel (IVDR)"],
        ("worstCaseImpact", "death-or-irreversible") => t["Overlijden of blijvende schade aan de gezondheid"],
        ("worstCaseImpact", "serious-deterioration-or-surgery") => t["Ernstige achteruitgang van de gezondheid of een operatie"],
        ("worstCaseImpact", "other") => t["Geen van beide"],
        ("ivdrClass", _) => Class(t, value),
        ("annexIIIUse", "5a") => t["Toegang tot zorg of andere publieke diensten (5a)"],
        ("annexIIIUse", "5c") => t["Risico en premie van een levens- of zorgverzekering (5c)"],
        ("annexIIIUse", "5d") => t["Noodoproepen beoordelen of triage bij spoedeisende zorg (5d)"],
        (_, "none") => t["Geen van deze"],
        _ => value,
    };

    /// <summary>A device class, or "not a medical device".</summary>
    public static string DeviceClass(IStringLocalizer t, string? deviceClass) =>
        deviceClass is null ? t["Geen medisch hulpmiddel"] : Class(t, deviceClass);

    /// <summary>How the system became high-risk.</summary>
    public static string Route(IStringLocalizer t, string? route) => route switch
    {
        "art6-1" => t["Via artikel 6, lid 1: een aangemelde instantie beoordeelt het hulpmiddel"],
        "annex-iii" => t["Via bijlage III: een zorgtoepassing met hoog risico"],
        _ => t["Geen"],
    };

    /// <summary>An Art. 50 transparency duty.</summary>
    public static string Duty(IStringLocalizer t, string duty) => duty switch
    {
        "art50-1" => t["Vertel mensen dat zij met een AI-systeem te maken hebben (artikel 50, lid 1)"],
        "art50-2" => t["Markeer gemaakte tekst, geluid en beelden als gemaakt door AI (artikel 50, lid 2)"],
        _ => duty,
    };

    /// <summary>Where serious incidents are reported.</summary>
    public static string IncidentRoute(IStringLocalizer t, string? route) => route switch
    {
        "mdr-vigilance" => t["Melden als vigilantie onder de MDR"],
        "ivdr-vigilance" => t["Melden als vigilantie onder de IVDR"],
        "ai-act-art73" => t["Melden onder artikel 73 van de AI-verordening"],
        _ => t["Geen wettelijke meldroute: meld via het eigen incidentensysteem van de zorgorganisatie"],
    };

    /// <summary>A date as the interface writes it.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    private static string Class(IStringLocalizer t, string deviceClass) =>
        string.Format(CultureInfo.CurrentCulture, t["Klasse {0}"], deviceClass);
}
