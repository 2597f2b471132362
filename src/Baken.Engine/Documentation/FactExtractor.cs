using System.Globalization;

namespace Baken.Engine.Documentation;

/// <summary>
/// Finds the facts of <see cref="FactKind"/> in a text, word by word. Lexical only: it sees "10 mg"
/// and "linkerknie", not meaning, so it misses facts said in other words and cannot judge whether a
/// statement is true. The word lists are English and Dutch.
/// </summary>
public sealed class FactExtractor(MedicationList medications)
{
    private static readonly Dictionary<string, int> Months = BuildMonths();
    private static readonly HashSet<string> Ordinals = ["st", "nd", "rd", "th", "e", "de", "ste"];
    private static readonly HashSet<string> AnchorStopWords =
    [
        "the", "de", "het", "a", "an", "een", "side", "sided", "zijde", "zijdig", "kant", "of", "van", "aan", "op", "in", "on", "and", "en",
        "is", "was", "his", "her", "haar", "zijn", "my", "mijn", "your", "uw", "je", "their", "hun", "to", "naar", "with", "met",
        "no", "geen", "not", "niet", "without", "zonder", "or", "of", "but", "maar",
    ];

    // Unit phrases as folded tokens, longest first when looked up; the canonical unit is what keys compare.
    private static readonly (string[] Tokens, string Unit, FactKind Kind)[] Units = BuildUnits();

    /// <summary>Every fact in <paramref name="text"/>, sentence by sentence.</summary>
    /// <param name="text">The text.</param>
    /// <param name="bareNumbers">Also return numbers without a unit, as <see cref="FactKind.Quantity"/> facts whose key
    /// is the number alone: for a text used as the source that backs facts, since speech often drops the unit.</param>
    public List<ClinicalFact> Extract(string text, bool bareNumbers = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var facts = new List<ClinicalFact>();
        foreach (var sentence in Sentences.Split(text))
        {
            Extract(sentence, facts, bareNumbers);
        }

        return facts;
    }

    /// <summary>Adds the facts of one sentence to <paramref name="facts"/>.</summary>
    public void Extract(Sentence sentence, List<ClinicalFact> facts, bool bareNumbers = false)
    {
        var tokens = FactWords.Tokenise(sentence.Text);
        var i = 0;
        while (i < tokens.Count)
        {
            var used = TryDate(sentence, tokens, i, facts);
            used = used > 0 ? used : TryQuantity(sentence, tokens, i, facts);
            used = used > 0 ? used : TryLaterality(sentence, tokens, i, facts);
            used = used > 0 ? used : TryMedication(sentence, tokens, i, facts);
            if (used == 0 && bareNumbers && tokens[i].IsNumber && FactWords.Number(tokens[i].Folded) is { } number)
            {
                facts.Add(Fact(FactKind.Quantity, sentence, tokens, i, 1, number));
            }

            i += Math.Max(used, 1);
        }
    }

    private static int TryDate(Sentence s, List<FactToken> t, int i, List<ClinicalFact> facts)
    {
        var token = t[i].Folded;
        if (t[i].IsNumber && NumericDate(token) is { Count: > 0 } keys)
        {
            facts.Add(Fact(FactKind.Date, s, t, i, 1, keys[0], keys.Count > 1 ? keys.Skip(1).ToList() : null));
            return 1;
        }

        // 1 maart 2021, 1st of March 2021, 12 mei
        if (Day(token) is { } day)
        {
            var m = i + 1 < t.Count && t[i + 1].Folded == "of" ? i + 2 : i + 1;
            if (m < t.Count && Months.TryGetValue(t[m].Folded, out var month))
            {
                var year = m + 1 < t.Count ? Year(t[m + 1].Folded) : null;
                var end = year is null ? m + 1 : m + 2;
                facts.Add(Fact(FactKind.Date, s, t, i, end - i, DateKey(year, month, day)));
                return end - i;
            }

            return 0;
        }

        // March 1, 2021; maart 2021; april 2020
        if (Months.TryGetValue(token, out var named) && i + 1 < t.Count)
        {
            if (Day(t[i + 1].Folded) is { } d)
            {
                var year = i + 2 < t.Count ? Year(t[i + 2].Folded) : null;
                var used = year is null ? 2 : 3;
                facts.Add(Fact(FactKind.Date, s, t, i, used, DateKey(year, named, d)));
                return used;
            }

            if (Year(t[i + 1].Folded) is { } y)
            {
                facts.Add(Fact(FactKind.Date, s, t, i, 2, DateKey(y, named, null)));
                return 2;
            }
        }

        return 0;
    }

    private static int TryQuantity(Sentence s, List<FactToken> t, int i, List<ClinicalFact> facts)
    {
        string? number;
        int used;
        string? gluedUnit = null;
        var token = t[i].Folded;
        if (t[i].IsNumber)
        {
            number = FactWords.Number(token);
            used = 1;
        }
        else if (char.IsAsciiDigit(token[0]) && Glued(token) is var (n, suffix))
        {
            // "10mg", "5ml"
            (number, used, gluedUnit) = (n, 1, suffix);
        }
        else
        {
            var (value, words) = FactWords.NumberWords(t, i);
            (number, used) = words > 0 ? (value.ToString(CultureInfo.InvariantCulture), words) : (null, 0);
        }

        if (number is null)
        {
            return 0;
        }

        if (gluedUnit is not null)
        {
            if (Unit([gluedUnit], 0) is not var (unit, kind, _))
            {
                return 0;
            }

            facts.Add(Fact(kind, s, t, i, 1, $"{number} {unit}"));
            return 1;
        }

        if (Unit(t.Select(x => x.Folded).ToList(), i + used) is var (u, k, length))
        {
            facts.Add(Fact(k, s, t, i, used + length, $"{number} {u}"));
            return used + length;
        }

        return 0;
    }

    private static int TryLaterality(Sentence s, List<FactToken> t, int i, List<ClinicalFact> facts)
    {
        var token = t[i].Folded;
        string? side = token switch
        {
            "left" or "links" or "linker" or "linkerzijde" or "linkerkant" => "left",
            "right" or "rechts" or "rechter" or "rechterzijde" or "rechterkant" => "right",
            "bilateral" or "bilaterally" or "beiderzijds" or "dubbelzijdig" or "bilateraal" => "both",
            _ => null,
        };
        string? anchor = null;
        if (side is null)
        {
            // Dutch compounds: "linkerknie", "rechterhand".
            foreach (var (prefix, name) in new[] { ("linker", "left"), ("rechter", "right") })
            {
                if (token.Length > prefix.Length + 2 && token.StartsWith(prefix, StringComparison.Ordinal))
                {
                    (side, anchor) = (name, FactWords.Stem(token[prefix.Length..]));
                }
            }

            if (side is null)
            {
                return 0;
            }
        }

        anchor ??= Anchor(s.Text, t, i);
        facts.Add(Fact(FactKind.Laterality, s, t, i, 1, anchor is null ? side : $"{side}|{anchor}"));
        return 1;
    }

    // The body part a side word belongs to: the next content word ("left knee"), else the one before
    // ("knie links"); never across punctuation ("bilaterally, no wheezes").
    private static string? Anchor(string sentence, List<FactToken> t, int i)
    {
        for (var j = i + 1; j < t.Count && j <= i + 3 && Adjacent(sentence, t[j - 1], t[j]); j++)
        {
            if (IsWord(t[j]) && !AnchorStopWords.Contains(t[j].Folded))
            {
                return FactWords.Stem(t[j].Folded);
            }
        }

        return i > 0 && Adjacent(sentence, t[i - 1], t[i]) && IsWord(t[i - 1]) && !AnchorStopWords.Contains(t[i - 1].Folded)
            ? FactWords.Stem(t[i - 1].Folded)
            : null;
    }

    private static bool Adjacent(string sentence, FactToken before, FactToken after) =>
        sentence.AsSpan(before.End, after.Start - before.End).IsWhiteSpace();

    private int TryMedication(Sentence s, List<FactToken> t, int i, List<ClinicalFact> facts)
    {
        if (!IsWord(t[i]) || t[i].Length < 4)
        {
            return 0;
        }

        var stem = FactWords.Stem(t[i].Folded);
        if (i + 1 < t.Count && IsWord(t[i + 1]) && medications.Find(stem + " " + FactWords.Stem(t[i + 1].Folded)) is { } pair)
        {
            facts.Add(Fact(FactKind.Medication, s, t, i, 2, pair));
            return 2;
        }

        if (medications.Find(stem) is { } name)
        {
            facts.Add(Fact(FactKind.Medication, s, t, i, 1, name));
            return 1;
        }

        return 0;
    }

    private static bool IsWord(FactToken token) => char.IsLetter(token.Folded[0]);

    private static ClinicalFact Fact(FactKind kind, Sentence s, List<FactToken> t, int first, int count, string key, IReadOnlyList<string>? alternatives = null)
    {
        var start = t[first].Start;
        var end = t[first + count - 1].End;
        return new ClinicalFact(kind, s.Text[start..end], key, s, start, alternatives);
    }

    private static (string Unit, FactKind Kind, int Length)? Unit(IReadOnlyList<string> folded, int at)
    {
        foreach (var (tokens, unit, kind) in Units)
        {
            if (at + tokens.Length > folded.Count)
            {
                continue;
            }

            var match = true;
            for (var k = 0; k < tokens.Length && match; k++)
            {
                match = folded[at + k] == tokens[k];
            }

            if (match)
            {
                return (unit, kind, tokens.Length);
            }
        }

        return null;
    }

    private static (string Number, string Suffix)? Glued(string token)
    {
        var split = 0;
        while (split < token.Length && (char.IsAsciiDigit(token[split]) || token[split] is '.' or ','))
        {
            split++;
        }

        return split < token.Length && FactWords.Number(token[..split]) is { } n ? (n, token[split..]) : null;
    }

    private static int? Day(string token)
    {
        var digits = token.TakeWhile(char.IsAsciiDigit).Count();
        if (digits is 0 or > 2 || (digits < token.Length && !Ordinals.Contains(token[digits..])))
        {
            return null;
        }

        var day = int.Parse(token.AsSpan(0, digits), CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31 ? day : null;
    }

    private static int? Year(string token) =>
        token.Length == 4 && token.All(char.IsAsciiDigit) && int.Parse(token, CultureInfo.InvariantCulture) is >= 1900 and <= 2100 and var y ? y : null;

    private static string DateKey(int? year, int month, int? day) =>
        string.Create(CultureInfo.InvariantCulture, $"{(year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "?")}-{month}-{(day is { } d ? d.ToString(CultureInfo.InvariantCulture) : "?")}");

    // 2024-03-12, 12-03-2024, 3/2/1972 (day-first and month-first both kept: the text cannot say which), 12.03.24
    private static List<string> NumericDate(string token)
    {
        var parts = token.Split('-', '/', '.');
        var keys = new List<string>();
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)) || token.Contains(',', StringComparison.Ordinal))
        {
            return keys;
        }

        var n = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (parts[0].Length == 4)
        {
            AddDate(keys, n[0], n[1], n[2]);
            return keys;
        }

        var year = parts[2].Length == 2 ? (n[2] <= 30 ? 2000 + n[2] : 1900 + n[2]) : n[2];
        if (parts[2].Length is 2 or 4)
        {
            AddDate(keys, year, n[1], n[0]);
            AddDate(keys, year, n[0], n[1]);
        }

        return keys;
    }

    private static void AddDate(List<string> keys, int year, int month, int day)
    {
        if (month is >= 1 and <= 12 && day is >= 1 and <= 31 && DateKey(year, month, day) is var key && !keys.Contains(key))
        {
            keys.Add(key);
        }
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "januari", "jan"], ["february", "februari", "feb"], ["march", "maart", "mar", "mrt"], ["april", "apr"],
            ["may", "mei"], ["june", "juni", "jun"], ["july", "juli", "jul"], ["august", "augustus", "aug"],
            ["september", "sep", "sept"], ["october", "oktober", "oct", "okt"], ["november", "nov"], ["december", "dec"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < names.Length; m++)
        {
            foreach (var name in names[m])
            {
                months[name] = m + 1;
            }
        }

        return months;
    }

    private static (string[] Tokens, string Unit, FactKind Kind)[] BuildUnits()
    {
        var list = new List<(string[], string, FactKind)>();
        void Add(FactKind kind, string unit, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                list.Add((phrase.Split(' '), unit, kind));
            }
        }

        Add(FactKind.Quantity, "mg/dl", "mg dl", "milligrams per deciliter");
        Add(FactKind.Dosage, "mg/kg", "mg kg", "milligram per kilogram", "milligrams per kilogram");
        Add(FactKind.Dosage, "mg", "mg", "mgs", "milligram", "milligrams", "milligrammen", "milligramme");
        Add(FactKind.Dosage, "mcg", "mcg", "µg", "ug", "microgram", "micrograms", "microgrammen");
        Add(FactKind.Dosage, "g", "g", "gram", "grams", "grammen", "gr");
        Add(FactKind.Dosage, "ml", "ml", "milliliter", "milliliters", "millilitre", "millilitres", "cc");
        Add(FactKind.Dosage, "units", "units", "unit", "eenheden", "eenheid", "ie", "iu", "international units", "internationale eenheden");
        Add(FactKind.Dosage, "tablet", "tablet", "tablets", "tabletten", "tab", "tabs", "pill", "pills", "pil", "pillen");
        Add(FactKind.Dosage, "capsule", "capsule", "capsules", "caps");
        Add(FactKind.Dosage, "puff", "puff", "puffs", "pufje", "pufjes", "inhalations", "inhalaties");
        Add(FactKind.Dosage, "drop", "drop", "drops", "druppel", "druppels");
        Add(FactKind.Quantity, "mmhg", "mmhg", "mm hg", "millimeters of mercury");
        Add(FactKind.Quantity, "mmol/l", "mmol l", "mmol", "millimol per liter");
        Add(FactKind.Quantity, "bpm", "bpm", "beats per minute", "slagen per minuut");
        Add(FactKind.Quantity, "/min", "per minute", "per minuut");
        Add(FactKind.Quantity, "%", "%", "percent", "procent", "pct");
        // Celsius or Fahrenheit: the number tells, and a dictated temperature rarely names its scale.
        Add(FactKind.Quantity, "°", "° c", "° f", "°", "degrees celsius", "degrees fahrenheit", "degrees", "graden celsius", "graden");
        Add(FactKind.Quantity, "kg/m2", "kg m2", "kg m 2");
        Add(FactKind.Quantity, "mm/h", "mm hr", "mm h", "mm uur");
        Add(FactKind.Quantity, "kg", "kg", "kilo", "kilos", "kilogram", "kilograms", "kilogrammen");
        Add(FactKind.Quantity, "lb", "lb", "lbs", "pound", "pounds");
        Add(FactKind.Quantity, "cm", "cm", "centimeter", "centimeters", "centimetre", "centimetres");
        Add(FactKind.Quantity, "mm", "mm", "millimeter", "millimeters", "millimetre", "millimetres");
        Add(FactKind.Quantity, "l", "l", "liter", "liters", "litre", "litres");
        Add(FactKind.Quantity, "minute", "minute", "minutes", "min", "mins", "minuut", "minuten");
        Add(FactKind.Quantity, "hour", "hour", "hours", "hrs", "uur", "uren");
        Add(FactKind.Quantity, "day", "day", "days", "dag", "dagen");
        Add(FactKind.Quantity, "week", "week", "weeks", "weken", "wk");
        Add(FactKind.Quantity, "month", "month", "months", "maand", "maanden");
        Add(FactKind.Quantity, "year", "year", "years", "jaar", "jaren", "jarige", "yo");
        Add(FactKind.Quantity, "times", "times", "keer", "maal", "x");
        return [.. list.OrderByDescending(u => u.Item1.Length)];
    }
}
