using System.Runtime.CompilerServices;

namespace Graph.Extraction;

/// <summary>A word or a punctuation mark. <see cref="Start"/>/<see cref="End"/> index the original text;
/// <see cref="Folded"/> is the matching form (see <see cref="Normalizer"/>).</summary>
public sealed record Token(int Index, int Start, int End, string Folded, bool IsWord, int Sentence, int Paragraph)
{
    private TokenForms _forms;
    private string? _withoutConjunction;
    private (string Stem, bool Preposition)? _split;

    /// <summary>The word without و or ف in front (<see cref="Clitics.StripConjunction"/>), worked out once.</summary>
    public string WithoutConjunction => _withoutConjunction ??= Clitics.StripConjunction(Folded);

    /// <summary>The word without a conjunction or preposition in front (<see cref="Clitics.Split"/>), worked out once.</summary>
    public (string Stem, bool Preposition) Split => _split ??= Clitics.Split(Folded);

    public bool Is(char punct) => !IsWord && Folded.Length == 1 && Folded[0] == punct;

    /// <summary>The word's forms without proclitics (<see cref="Clitics.Forms"/>) with the hash of each, worked out once:
    /// every phrase table looks a token up by these hashes.</summary>
    internal ref readonly TokenForms Forms
    {
        get
        {
            if (_forms.Count == 0) TokenForms.Fill(ref _forms, Folded);
            return ref _forms;
        }
    }
}

/// <summary>A token's clitic-free forms and their hashes, stored inline (no allocation).</summary>
internal struct TokenForms
{
    public int Count;
    public FormBuffer Items;
    /// <summary>The indexed phrase tables (a bit each) that have a phrase beginning with one of these forms.</summary>
    public ulong Tables;

    /// <summary>Works out the forms of <paramref name="word"/> into <paramref name="result"/> (in place: the struct is large).</summary>
    public static void Fill(ref TokenForms result, string word)
    {
        Span<Clitics.Form> forms = stackalloc Clitics.Form[Clitics.MaxForms];
        var count = Clitics.Forms(word, forms);
        var tables = 0UL;
        for (var i = 0; i < count; i++)
        {
            var form = forms[i];
            var hash = form.AddsArticle ? PhraseTables.Hash(word.AsSpan(form.Skip), PhraseTables.ArticleState) : PhraseTables.Hash(word.AsSpan(form.Skip));
            result.Items[i] = (form, hash);
            tables |= PhraseTables.TablesOf(hash);
        }
        result.Tables = tables;
        result.Count = count;
    }
}

[InlineArray(Clitics.MaxForms)]
internal struct FormBuffer
{
    private (Clitics.Form Form, int Hash) _element;
}
