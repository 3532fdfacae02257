namespace Graph.Extraction;

/// <summary>The inflected forms of a nisba adjective (روسي): with and without the article, feminine (روسية),
/// dual and plural (روسيين، روسيون، روسيان، روسيتين), and the broken plural with the article (الروس).
/// A multi-word stem (كوري شمالي) inflects every word alike.</summary>
public static class Nisba
{
    private static readonly string[] Endings = ["", "ه", "ين", "ون", "ان", "تين", "تان"];

    public static IEnumerable<string[]> Forms(string[] stem)
    {
        foreach (var ending in Endings)
        {
            var bare = stem.Select(w => w + ending).ToArray();
            yield return bare;
            yield return bare.Select(w => "ال" + w).ToArray();
        }
        if (stem.Length == 1 && stem[0].Length >= 4 && stem[0].EndsWith('ي'))
            yield return ["ال" + stem[0][..^1]];
    }
}
