using Graph.Core;

namespace Graph.Extraction;

/// <summary>One act counted once, and the lists a sentence's cues are worked through with.</summary>
public static partial class RelationDetector
{
    /// <summary>An official's act and their country's act of the same type on the same target, in one sentence, are one act
    /// (the minister's words and the country's, the ambassador as the target and the country): the person's edge stays, the
    /// country's goes, so the roll-up counts it once.</summary>
    private static void OneActPerSentence(Document doc)
    {
        var relations = doc.Relations;
        if (relations.Count < 2) return;
        // Which edges are acts (event types) and which of those have a person on one side; an act is dropped only when one
        // with a person and one without both exist, and only then are the acts' sides rolled up and compared (pairwise, in
        // the same sentence: a few edges a sentence, no keys hashed).
        var kinds = new sbyte[relations.Count];
        bool anyPersonal = false, anyOther = false;
        for (var i = 0; i < relations.Count; i++)
        {
            var r = relations[i];
            if (!EventTypes.Contains(r.Type)) continue;
            var personal = HasPerson(r);
            kinds[i] = personal ? Personal : Impersonal;
            anyPersonal |= personal;
            anyOther |= !personal;
        }
        if (!anyPersonal || !anyOther) return;
        var sides = new (string Subject, string Object)[relations.Count];
        for (var i = 0; i < relations.Count; i++)
            if (kinds[i] != 0) sides[i] = Sides(relations[i]);
        var kept = 0;
        for (var i = 0; i < relations.Count; i++)
            if (!(kinds[i] == Impersonal && SameActWithPerson(i))) relations[kept++] = relations[i];
        relations.RemoveRange(kept, relations.Count - kept);

        bool SameActWithPerson(int i)
        {
            var r = relations[i];
            for (var j = 0; j < relations.Count; j++)
                if (kinds[j] == Personal && relations[j].Sentence == r.Sentence && relations[j].Type == r.Type
                    && sides[j].Subject == sides[i].Subject && sides[j].Object == sides[i].Object)
                    return true;
            return false;
        }
        (string, string) Sides(FoundRelation r) =>
            (PronounResolver.CountryOf(doc, r.SubjectKey) ?? r.SubjectKey, PronounResolver.CountryOf(doc, r.ObjectKey) ?? r.ObjectKey);
        bool HasPerson(FoundRelation r) => doc.TypeOf(r.SubjectKey) == EntityType.Person || doc.TypeOf(r.ObjectKey) == EntityType.Person;
    }

    private const sbyte Personal = 1, Impersonal = 2;

    /// <summary>The lists <see cref="Relations"/> works a sentence's cues through, kept for the document's next sentence
    /// (a sentence with cues made three of them).</summary>
    private sealed class Scratch
    {
        private readonly List<(int Start, int End, Cue Cue)> _cues = [];
        private readonly HashSet<int> _found = [];
        private readonly List<(int Start, RelationType Type)> _verbsFound = [];

        public List<(int Start, int End, Cue Cue)> Cues()
        {
            _cues.Clear();
            return _cues;
        }

        public HashSet<int> Found()
        {
            _found.Clear();
            return _found;
        }

        public List<(int Start, RelationType Type)> VerbsFound()
        {
            _verbsFound.Clear();
            return _verbsFound;
        }
    }
}
