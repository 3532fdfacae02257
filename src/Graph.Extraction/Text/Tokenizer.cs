using System.Globalization;

namespace Graph.Extraction;

/// <summary>Splits the text into word and punctuation tokens, sentences and paragraphs (lines).
/// A word is a run of letters, digits and combining marks; every other visible character is a token of its own.</summary>
public static class Tokenizer
{
    public static void Run(Document doc)
    {
        var text = doc.Text;
        int sentence = 0, paragraph = 0, sentenceStartToken = 0, sentenceStart = -1;
        // Inside a quotation an ellipsis (مستعد... لوضع خريطة) marks a cut in the quoted words, not the end of the sentence.
        var quoteDepth = 0;
        var straightOpen = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                quoteDepth = 0;
                straightOpen = false;
                CloseSentence(doc, ref sentence, ref sentenceStartToken, ref sentenceStart, paragraph);
                paragraph++;
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c) || Graph.Core.ArabicFolding.IsIgnorable(c) && !IsWordChar(Prev(text, i)))
            {
                i++;
                continue;
            }
            var start = i;
            if (IsWordChar(c))
            {
                while (i < text.Length && (IsWordChar(text[i]) || Graph.Core.ArabicFolding.IsIgnorable(text[i]) && text[i] != '\u200F' && text[i] != '\u200E')) i++;
            }
            else i++;
            var folded = Normalizer.Fold(text.AsSpan(start, i - start));
            if (folded.Length == 0) continue;
            if (sentenceStart < 0) sentenceStart = start;
            doc.Tokens.Add(new Token(doc.Tokens.Count, start, i, folded, IsWordChar(c), sentence, paragraph) { EndsWithTaMarbuta = EndsWithTaMarbuta(text, start, i) });
            if (c is '«' or '“') quoteDepth++;
            else if (c is '»' or '”') quoteDepth = Math.Max(0, quoteDepth - 1);
            else if (c == '"') straightOpen = !straightOpen;
            if (!IsWordChar(c) && EndsSentence(text, start) && !(IsEllipsis(text, start) && (quoteDepth > 0 || straightOpen)))
                CloseSentence(doc, ref sentence, ref sentenceStartToken, ref sentenceStart, paragraph);
        }
        CloseSentence(doc, ref sentence, ref sentenceStartToken, ref sentenceStart, paragraph);
    }

    private static char Prev(string text, int i) => i > 0 ? text[i - 1] : ' ';

    /// <summary>Whether the mark at <paramref name="i"/> closes an ellipsis (… or a run of full stops).</summary>
    private static bool IsEllipsis(string text, int i) => text[i] == '…' || text[i] == '.' && i > 0 && text[i - 1] == '.';

    /// <summary>Whether the last letter of text[start, end) is ة (marks after it are passed over).</summary>
    private static bool EndsWithTaMarbuta(string text, int start, int end)
    {
        for (var k = end - 1; k >= start; k--)
            if (!Graph.Core.ArabicFolding.IsIgnorable(text[k])) return text[k] == 'ة';
        return false;
    }

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>A full stop, question or exclamation mark ends a sentence unless it sits between digits (3.5)
    /// or is followed by more of the same (an ellipsis ends where it stops).</summary>
    private static bool EndsSentence(string text, int i)
    {
        var c = text[i];
        if (c is not ('.' or '!' or '?' or '؟' or '…')) return false;
        if (c == '.' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) return false;
        return i + 1 >= text.Length || text[i + 1] is not ('.' or '!' or '?' or '؟');
    }

    private static void CloseSentence(Document doc, ref int sentence, ref int firstToken, ref int start, int paragraph)
    {
        if (doc.Tokens.Count > firstToken)
        {
            // Tokens were tagged with the running sentence number already; close it over them.
            var end = doc.Tokens[^1].End;
            doc.Sentences.Add(new Sentence(sentence, start, end, firstToken, doc.Tokens.Count, paragraph));
            sentence++;
            firstToken = doc.Tokens.Count;
        }
        start = -1;
    }
}
