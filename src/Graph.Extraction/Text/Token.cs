using System.Runtime.CompilerServices;

namespace Graph.Extraction;

/// <summary>A word or a punctuation mark. <see cref="Start"/>/<see cref="End"/> index the original text;
/// <see cref="Folded"/> is the matching form (see <see cref="Normalizer"/>).</summary>
public sealed record Token(int Index, int Start, int End, string Folded, bool IsWord, int Sentence, int Paragraph)
{
    private TokenForms _forms;
    private string? _withoutConjunction;
    private string? _stem;
    private bool _preposition;

    /// <summary>Whether the word has و or ف in front of at least three letters (وقال، واتهم; not وصل): a verb joined to the
    /// one before it, or a word that starts something new after a name.</summary>
    public bool Joined => Folded.Length > 3 && Folded[0] is 'و' or 'ف';

    /// <summary>The word without و or ف in front (<see cref="Clitics.StripConjunction"/>), worked out once.</summary>
    public string WithoutConjunction => _withoutConjunction ??= Clitics.StripConjunction(Folded);

    /// <summary>The word without a conjunction or preposition in front (<see cref="Clitics.Split"/>), worked out once.</summary>
    public (string Stem, bool Preposition) Split
    {
        get
        {
            if (_stem is null) (_stem, _preposition) = Clitics.Split(Folded);
            return (_stem, _preposition);
        }
    }

    /// <summary>Whether the word ends in ة (folded to ه), as nouns and adjectives in the feminine do.</summary>
    public bool EndsWithTaMarbuta { get; init; }

    public bool Is(char punct) => !IsWord && Folded.Length == 1 && Folded[0] == punct;

    /// <summary>The word's forms without proclitics (<see cref="Clitics.Forms"/>) with the hash of each, worked out once:
    /// every phrase table looks a token up by these hashes.</summary>
    internal ref readonly TokenForms Forms
    {
        get
        {
            // Worked out again if tables were registered since (a gazetteer or word list loaded after this token was read).
            if (_forms.Count == 0 || _forms.Version != PhraseTables.Version) TokenForms.Fill(ref _forms, Folded);
            return ref _forms;
        }
    }
}

/// <summary>A token's clitic-free forms and their hashes, stored inline and packed (no allocation; tokens are read by
/// every step, so they are kept small).</summary>
internal struct TokenForms
{
    /// <summary>The indexed phrase tables (a bit each) that have a phrase beginning with one of these forms.</summary>
    public ulong Tables;
    public byte Count;
    /// <summary>The <see cref="PhraseTables.Version"/> these were worked out under.</summary>
    public int Version;
    private FormBytes _forms;
    private FormHashes _hashes;

    /// <summary>Form <paramref name="i"/> and its hash.</summary>
    public readonly (Clitics.Form Form, int Hash) this[int i] => (new Clitics.Form(_forms[i] >> 1, (_forms[i] & 1) != 0), _hashes[i]);

    public readonly int Hash(int i) => _hashes[i];

    /// <summary>Works out the forms of <paramref name="word"/> into <paramref name="result"/> (in place: the struct is large).</summary>
    public static void Fill(ref TokenForms result, string word)
    {
        var version = PhraseTables.Version;
        Span<Clitics.Form> forms = stackalloc Clitics.Form[Clitics.MaxForms];
        var count = Clitics.Forms(word, forms);
        // The hash of every ending the forms start at, in one pass from the end (see PhraseTables.Hash).
        Span<uint> endings = stackalloc uint[4];
        var state = PhraseTables.Offset;
        for (var i = word.Length - 1; i >= 0; i--)
        {
            state = PhraseTables.Step(state, word[i]);
            if (i < endings.Length) endings[i] = state;
        }
        var tables = 0UL;
        for (var i = 0; i < count; i++)
        {
            var form = forms[i];
            var ending = form.Skip < word.Length ? endings[form.Skip] : PhraseTables.Offset;
            var hash = (int)(form.AddsArticle ? PhraseTables.Step(PhraseTables.Step(ending, 'ل'), 'ا') : ending);
            result._forms[i] = (byte)(form.Skip << 1 | (form.AddsArticle ? 1 : 0));
            result._hashes[i] = hash;
            tables |= PhraseTables.TablesOf(hash);
        }
        result.Tables = tables;
        result.Count = (byte)count;
        result.Version = version;
    }
}

[InlineArray(Clitics.MaxForms)]
internal struct FormBytes
{
    private byte _element;
}

[InlineArray(Clitics.MaxForms)]
internal struct FormHashes
{
    private int _element;
}
