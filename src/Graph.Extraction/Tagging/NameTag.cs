namespace Graph.Extraction.Tagging;

/// <summary>The tagger's seven BIO tags over people, places and organisations (ANERcorp's MISC is read as outside).</summary>
public static class NameTag
{
    public const int Outside = 0;
    public const int Count = 7;

    private static readonly string[] Names = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG"];

    public static string Name(int tag) => Names[tag];

    /// <summary>The tag for a CoNLL label; MISC and anything unknown are outside.</summary>
    public static int Parse(string label) => Array.IndexOf(Names, label) is var i and >= 0 ? i : Outside;

    /// <summary>The class a tag belongs to: 0 outside, 1 person, 2 place, 3 organisation.</summary>
    public static int Class(int tag) => (tag + 1) / 2;

    public static bool IsInside(int tag) => tag != Outside && tag % 2 == 0;

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/>: an inside tag only continues its own class.</summary>
    public static bool Allowed(int previous, int tag) => !IsInside(tag) || previous != Outside && Class(previous) == Class(tag);

    /// <summary>The tags allowed after each tag, one bit a tag (<see cref="Allowed"/> worked out once: the decoder asks
    /// it for every tag at every token).</summary>
    private static readonly int[] AllowedMasks = [.. Enumerable.Range(0, Count).Select(p => Enumerable.Range(0, Count).Sum(t => Allowed(p, t) ? 1 << t : 0))];

    /// <summary>The tags <see cref="Allowed"/> after <paramref name="previous"/>, bit <c>1 &lt;&lt; tag</c> each.</summary>
    public static int AllowedAfter(int previous) => AllowedMasks[previous];

    /// <summary>The names a tag sequence marks, as [first, end) in the sequence and a class (1 person, 2 place, 3 organisation).</summary>
    public static List<(int First, int End, int Class)> Spans(ReadOnlySpan<int> tags)
    {
        var spans = new List<(int, int, int)>();
        var start = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : Outside;
            if (start >= 0 && (tag == Outside || !IsInside(tag) || Class(tag) != Class(tags[start])))
            {
                spans.Add((start, i, Class(tags[start])));
                start = -1;
            }
            if (tag != Outside && start < 0) start = i;
        }
        return spans;
    }
}
