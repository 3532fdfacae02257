namespace Graph.Extraction;

/// <summary>Step: quotations — « », “ ” and straight double quotes — within a paragraph. Nested marks stay inside
/// the outer quote; an unbalanced opening mark runs to the last closing mark after it, or to the end of its sentence.
/// Needs tokens; adds quote spans (the token of the opening mark and of the closing one).</summary>
public static class QuoteFinder
{
    public static void Run(Document doc)
    {
        var open = new List<int>();
        var straightOpen = -1;
        var lastClose = -1;
        var paragraph = -1;
        for (var i = 0; i <= doc.Tokens.Count; i++)
        {
            var t = i < doc.Tokens.Count ? doc.Tokens[i] : null;
            if (t is null || t.Paragraph != paragraph)
            {
                if (open.Count > 0) Add(doc, open[0], lastClose > open[0] ? lastClose : SentenceEnd(doc, open[0]));
                open.Clear();
                straightOpen = -1;
                lastClose = -1;
                if (t is null) break;
                paragraph = t.Paragraph;
            }
            // Only a mark can be a quotation mark (a word's text is not read).
            if (t.IsWord) continue;
            switch (t.Folded)
            {
                case "«" or "“":
                    open.Add(i);
                    break;
                case "»" or "”":
                    lastClose = i;
                    if (open.Count == 0) break;
                    var o = open[^1];
                    open.RemoveAt(open.Count - 1);
                    if (open.Count == 0) Add(doc, o, i);
                    break;
                case "\"":
                    if (straightOpen < 0) straightOpen = i;
                    else
                    {
                        if (open.Count == 0) Add(doc, straightOpen, i);
                        straightOpen = -1;
                    }
                    break;
            }
        }
    }

    private static int SentenceEnd(Document doc, int token)
    {
        var s = doc.Sentences[doc.Tokens[token].Sentence];
        var end = s.EndToken;
        while (end > token + 1 && !doc.Tokens[end - 1].IsWord) end--;
        return end;
    }

    private static void Add(Document doc, int open, int close)
    {
        doc.Quotes.RemoveAll(q => q.Open > open && q.Close <= close);
        if (close > open + 1) doc.Quotes.Add((open, close));
    }
}
