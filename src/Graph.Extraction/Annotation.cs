namespace Graph.Extraction;

/// <summary>The kinds of annotation the pipeline's steps add to a <see cref="Document"/>; a step declares which it needs
/// and which it adds (<see cref="ExtractionStep"/>), and <see cref="Pipeline"/> checks the order once, when it is built.</summary>
[Flags]
public enum Annotation
{
    None = 0,
    /// <summary>Tokens, sentences and paragraphs with offsets into the original text.</summary>
    Tokens = 1 << 0,
    /// <summary>Gazetteer names: countries, capitals, nisba adjectives, organisations, known people.</summary>
    Names = 1 << 1,
    /// <summary>Spans a trained tagger proposes as names of people, places and organisations.</summary>
    TaggedNames = 1 << 2,
    /// <summary>Bodies of a state (الحكومة الألمانية، وزارة الخارجية الصينية): the state itself or an organisation affiliated with it.</summary>
    Institutions = 1 << 12,
    /// <summary>Office titles and the people they introduce.</summary>
    Titles = 1 << 3,
    /// <summary>People named without a title (a given name and name words).</summary>
    People = 1 << 4,
    /// <summary>Organisations built from a head noun and a name (وزارة الخارجية الصينية).</summary>
    Organizations = 1 << 5,
    /// <summary>Family names, bare titles and later mentions linked to the entity they name.</summary>
    Links = 1 << 6,
    /// <summary>Quotation spans.</summary>
    Quotes = 1 << 7,
    /// <summary>Statements with their speakers.</summary>
    Statements = 1 << 8,
    /// <summary>Words that point at a country (بلاده، بلدنا) resolved to it.</summary>
    Pronouns = 1 << 9,
    /// <summary>Typed relations between entities (cue frames, visits, membership).</summary>
    Relations = 1 << 10,
    /// <summary>Office holders' affiliations with the country or body they serve.</summary>
    Affiliations = 1 << 11,
}
