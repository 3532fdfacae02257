namespace Graph.Extraction;

/// <summary>How a relation cue finds its subject and object (the frame column of <c>cues.tsv</c>).</summary>
public enum CueFrame
{
    /// <summary>A finite verb: the subject follows it, stands right before it, or is the nearest actor before it.</summary>
    Verb,
    /// <summary>A verb whose object follows a preposition (أشاد بـ): the actor right after it is its subject.</summary>
    VerbPrep,
    /// <summary>A verbal noun: its actor is the subject of a light verb before it, its genitive, or the nearest actor before it.</summary>
    Noun,
    /// <summary>A verb with an object pronoun that points back to the nearest earlier actor (يحثها).</summary>
    VerbPron,
    /// <summary>"his meeting with X": the clause's subject acts, the object follows.</summary>
    With,
    /// <summary>"talks between X and Y": the two actors after it.</summary>
    Between,
    /// <summary>Words of judgement inside a statement: the speaker judges whom they are about.</summary>
    Evaluation,
    /// <summary>An adverbial participle (داعيا): the sentence's subject acts, the object follows.</summary>
    Participle,
    /// <summary>"which includes X and Y": the members after it belong to the body before it.</summary>
    Includes,
    /// <summary>"X was received by Y" (كان في استقبال X … Y): the visitor right after it met the hosts named after them.</summary>
    Reception,
}

/// <summary>How a speech verb finds its speaker and words (the frame column of <c>speech.tsv</c>).</summary>
public enum SpeechFrame
{
    /// <summary>A finite verb: the speaker follows it, stands before it, or is the current speaker.</summary>
    Verb,
    /// <summary>The words follow بـ and the actor right after the verb is its object unless a person (اتهم إيران بـ).</summary>
    Charge,
    /// <summary>The words follow بـ and the actor right after the verb speaks (نددت السعودية بـ).</summary>
    Condemn,
    /// <summary>An adverbial participle continuing the current speaker (قائلا).</summary>
    Participle,
    /// <summary>"according to X" (حسبما ذكر X).</summary>
    Attribution,
    /// <summary>An outlet passes on someone's words (نقلت X عن Y).</summary>
    Relay,
}

/// <summary>The frames' names in the data files: the enum's name in lower case, words joined by a hyphen (verb-prep).</summary>
public static class Frames
{
    public static T Parse<T>(string file, string name) where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
            if (Name(value) == name) return value;
        throw new InvalidDataException($"{file}: unknown frame '{name}'; the frames are {string.Join(", ", Enum.GetValues<T>().Select(v => Name(v)))}.");
    }

    public static string Name<T>(T value) where T : struct, Enum
    {
        var text = value.ToString();
        var name = new System.Text.StringBuilder(text.Length + 2);
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsUpper(text[i])) name.Append('-');
            name.Append(char.ToLowerInvariant(text[i]));
        }
        return name.ToString();
    }
}
