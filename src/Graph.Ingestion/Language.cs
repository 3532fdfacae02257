namespace Graph.Ingestion;

/// <summary>A language guess from the script: Arabic when most letters are Arabic, else English.</summary>
public static class Language
{
    public static string Detect(string text)
    {
        int arabic = 0, letters = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 4000)))
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF') arabic++;
        }
        return letters > 0 && arabic * 2 >= letters ? "ar" : "en";
    }
}
