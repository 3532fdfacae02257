namespace Graph.Extraction;

/// <summary>Step: people named without a title — a given name (محمد، جورج، فلاديمير …) followed by one to three
/// name-like words (محمد بن سلمان، جورج بوش). Needs titles and names; adds people.</summary>
public static class NameFinder
{
    public static void Run(Document doc, Gazetteer gazetteer)
    {
        var tables = doc.TokenTables;
        foreach (var sentence in doc.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (gazetteer.GivenNames.MayContain(tables[i]) && doc.RefAt[i] is null && doc.Tokens[i] is { IsWord: true } t
                    && gazetteer.GivenNames.ContainsWithoutConjunction(t) && doc.Text[t.Start] != 'ا')
                {
                    var j = i;
                    if (PersonFinder.NextPerson(doc, gazetteer, ref j, sentence.EndToken, minWords: 2) is not null)
                    {
                        i = j;
                        continue;
                    }
                }
                i++;
            }
        }
    }
}
