using Baken.Core.Ethics;

namespace Baken.Web.Pages.Ethics;

/// <summary>
/// The ethics record as form fields. Lists are rows of inputs; a row left blank is no entry, and
/// every form shows a few blank rows so entries can be added without JavaScript.
/// </summary>
public sealed class EthicsForm
{
    /// <summary>Blank rows offered under each list.</summary>
    public const int BlankRows = 2;

    /// <summary>Optional title.</summary>
    public string? Title { get; set; }

    /// <summary>The case: the technology in its concrete context.</summary>
    public string? Case { get; set; }

    /// <summary>Actors: name and interest.</summary>
    public List<ActorRow> Actors { get; set; } = [];

    /// <summary>Effects, positive and negative.</summary>
    public List<EffectRow> Effects { get; set; } = [];

    /// <summary>Values at stake.</summary>
    public List<ValueRow> Values { get; set; } = [];

    /// <summary>Options for action for technology, environment and user.</summary>
    public List<OptionRow> Options { get; set; } = [];

    /// <summary>An actor row.</summary>
    public sealed class ActorRow
    {
        /// <summary>Who.</summary>
        public string? Name { get; set; }

        /// <summary>What is at stake for them.</summary>
        public string? Interest { get; set; }
    }

    /// <summary>An effect row.</summary>
    public sealed class EffectRow
    {
        /// <summary>The effect.</summary>
        public string? Description { get; set; }

        /// <summary>"positive" or "negative".</summary>
        public string? Direction { get; set; }

        /// <summary>For whom (optional).</summary>
        public string? Actor { get; set; }
    }

    /// <summary>A value row.</summary>
    public sealed class ValueRow
    {
        /// <summary>The value, e.g. "autonomie".</summary>
        public string? Value { get; set; }

        /// <summary>How it is at stake.</summary>
        public string? Description { get; set; }
    }

    /// <summary>An option row.</summary>
    public sealed class OptionRow
    {
        /// <summary>"technology", "environment" or "user".</summary>
        public string? Level { get; set; }

        /// <summary>The option for action.</summary>
        public string? Description { get; set; }
    }

    /// <summary>The form of a stored record.</summary>
    public static EthicsForm From(EthicsContent c) => new()
    {
        Title = c.Title,
        Case = c.Case,
        Actors = [.. c.Actors.Select(a => new ActorRow { Name = a.Name, Interest = a.Interest })],
        Effects = [.. c.Effects.Select(e => new EffectRow { Description = e.Description, Direction = Shared.Labels.Kebab(e.Direction), Actor = e.Actor })],
        Values = [.. c.Values.Select(v => new ValueRow { Value = v.Value, Description = v.Description })],
        Options = [.. c.Options.Select(o => new OptionRow { Level = Shared.Labels.Kebab(o.Level), Description = o.Description })],
    };

    /// <summary>Adds the blank rows the form shows under each list.</summary>
    public EthicsForm WithBlankRows()
    {
        for (var i = 0; i < BlankRows; i++)
        {
            Actors.Add(new ActorRow());
            Effects.Add(new EffectRow());
            Values.Add(new ValueRow());
            Options.Add(new OptionRow());
        }

        return this;
    }

    /// <summary>
    /// The content to save, without blank rows, and for each list which form row each entry came
    /// from, so the use case's "effects[0].description" can point at the right field.
    /// </summary>
    public (EthicsContent Content, Func<string, string> FieldId) ToContent()
    {
        var actors = Rows(Actors, a => Blank(a.Name) && Blank(a.Interest));
        var effects = Rows(Effects, e => Blank(e.Description) && Blank(e.Actor));
        var values = Rows(Values, v => Blank(v.Value) && Blank(v.Description));
        var options = Rows(Options, o => Blank(o.Description));
        var content = new EthicsContent(
            Case?.Trim() ?? "",
            [.. actors.Select(x => new EthicsActor(x.Row.Name?.Trim() ?? "", Trim(x.Row.Interest)))],
            [.. effects.Select(x => new EthicsEffect(x.Row.Description?.Trim() ?? "", Parse<EffectDirection>(x.Row.Direction), Trim(x.Row.Actor)))],
            [.. values.Select(x => new EthicsValue(x.Row.Value?.Trim() ?? "", Trim(x.Row.Description)))],
            [.. options.Select(x => new ActionOption(Parse<ActionLevel>(x.Row.Level), x.Row.Description?.Trim() ?? ""))],
            Trim(Title));
        var positions = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal)
        {
            ["actors"] = [.. actors.Select(x => x.Index)],
            ["effects"] = [.. effects.Select(x => x.Index)],
            ["values"] = [.. values.Select(x => x.Index)],
            ["options"] = [.. options.Select(x => x.Index)],
        };
        return (content, field => FieldId(field, positions));
    }

    /// <summary>"effects[1].description" becomes the id of that input: "effects-3-description" when it came from form row 3.</summary>
    private static string FieldId(string field, IReadOnlyDictionary<string, IReadOnlyList<int>> positions)
    {
        var open = field.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return field;
        }

        var list = field[..open];
        var close = field.IndexOf(']', open);
        var index = int.Parse(field[(open + 1)..close], System.Globalization.CultureInfo.InvariantCulture);
        var row = positions.TryGetValue(list, out var rows) && index < rows.Count ? rows[index] : index;
        return $"{list}-{row}-{field[(close + 2)..]}";
    }

    // An unknown or missing choice becomes an undefined value, which the use case reports for that field.
    private static T Parse<T>(string? text) where T : struct, Enum =>
        Baken.Core.Data.BakenJson.TryParseEnum<T>(text, out var value) ? value : (T)(object)(-1);

    private static List<(T Row, int Index)> Rows<T>(List<T> rows, Func<T, bool> blank) =>
        [.. rows.Select((row, index) => (row, index)).Where(x => !blank(x.row))];

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static string? Trim(string? text) => Blank(text) ? null : text!.Trim();
}
