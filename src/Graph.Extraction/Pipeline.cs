namespace Graph.Extraction;

/// <summary>The extraction as a list of steps over one <see cref="Document"/>, assembled in one place
/// (<see cref="Default"/>). Building a pipeline checks that every step's needs are added by a step before it, so a list
/// in the wrong order fails when the extractor is made, not on some article later.</summary>
public sealed class Pipeline
{
    public Pipeline(IEnumerable<ExtractionStep> steps)
    {
        Steps = [.. steps];
        var added = Annotation.None;
        foreach (var step in Steps)
        {
            var missing = step.Needs & ~added;
            if (missing != Annotation.None)
                throw new InvalidOperationException($"Extraction step '{step.Name}' needs {missing}, which no step before it adds.");
            added |= step.Adds;
        }
    }

    public IReadOnlyList<ExtractionStep> Steps { get; }

    /// <summary>The steps, in order. Each line is one step: what it reads, what it adds.</summary>
    public static Pipeline Default(Gazetteer gazetteer) => new([
        new("Tokenizer", Annotation.None, Annotation.Tokens, Tokenizer.Run),
        new("MentionFinder", Annotation.Tokens, Annotation.Names, doc => MentionFinder.Run(doc, gazetteer)),
        new("InstitutionFinder", Annotation.Names, Annotation.Institutions, doc => InstitutionFinder.Run(doc, gazetteer)),
        new("PersonFinder", Annotation.Names | Annotation.Institutions, Annotation.Titles, doc => PersonFinder.Run(doc, gazetteer)),
        new("NameFinder", Annotation.Titles, Annotation.People, doc => NameFinder.Run(doc, gazetteer)),
        new("OrganizationFinder", Annotation.Names | Annotation.People, Annotation.Organizations, doc => OrganizationFinder.Run(doc, gazetteer)),
        new("TaggedNameFinder", Annotation.Names | Annotation.Titles | Annotation.People | Annotation.Organizations, Annotation.TaggedNames, doc => TaggedNameFinder.Run(doc, gazetteer)),
        new("EntityLinker", Annotation.Titles | Annotation.People | Annotation.Organizations | Annotation.TaggedNames, Annotation.Links, EntityLinker.Run),
        new("QuoteFinder", Annotation.Tokens, Annotation.Quotes, QuoteFinder.Run),
        new("SpeakerAttributor", Annotation.Links | Annotation.Quotes, Annotation.Statements, doc => SpeakerAttributor.Run(doc, gazetteer)),
        new("PronounResolver", Annotation.Statements, Annotation.Pronouns, doc => PronounResolver.Run(doc, gazetteer)),
        new("RelationDetector", Annotation.Links | Annotation.Statements | Annotation.Pronouns, Annotation.Relations, doc => RelationDetector.Run(doc, gazetteer)),
        new("AffiliationFinder", Annotation.Links | Annotation.Relations, Annotation.Affiliations, doc => AffiliationFinder.Run(doc, gazetteer)),
    ]);

    public void Run(Document doc)
    {
        foreach (var step in Steps) step.Run(doc);
    }
}
