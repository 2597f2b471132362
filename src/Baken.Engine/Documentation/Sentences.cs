namespace Baken.Engine.Documentation;

/// <summary>A sentence of a note, with its place in the note's text.</summary>
/// <param name="Index">0-based position among the note's sentences.</param>
/// <param name="Start">Offset of its first character in the note.</param>
/// <param name="Text">The sentence, trimmed.</param>
public readonly record struct Sentence(int Index, int Start, string Text);

/// <summary>
/// Splits a note into sentences: at line breaks, and after '.', '!', '?' or ';' followed by white space.
/// Notes are written in lines and headed lists more than in prose, so a line is never joined to the
/// next; "2.5 mg" stays whole because no space follows the point.
/// </summary>
public static class Sentences
{
    /// <summary>The non-empty sentences of <paramref name="text"/> in order.</summary>
    public static List<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length || text[i] is '\n' or '\r'
                || (text[i] is '.' or '!' or '?' or ';' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]));
            if (!end)
            {
                continue;
            }

            var stop = i < text.Length && text[i] is not ('\n' or '\r') ? i + 1 : i;
            Add(sentences, text, start, stop);
            start = i + 1;
        }

        return sentences;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int stop)
    {
        while (start < stop && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (stop > start && char.IsWhiteSpace(text[stop - 1]))
        {
            stop--;
        }

        // A sentence needs a letter or digit: a line of dashes or a lone bullet is layout.
        if (stop > start && text.AsSpan(start, stop - start).IndexOfAnyExcept(NotContent) >= 0)
        {
            sentences.Add(new Sentence(sentences.Count, start, text[start..stop]));
        }
    }

    private static readonly System.Buffers.SearchValues<char> NotContent = System.Buffers.SearchValues.Create(" \t-*•·_=#.:;!?,()[]/");
}
