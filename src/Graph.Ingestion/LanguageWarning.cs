namespace Graph.Ingestion;

/// <summary>What an ingest says when the text is not Arabic and nothing could be read from it: the article is stored all the
/// same, but the caller learns why it brought no entities rather than guessing. One wording for the mutation and the CLI.</summary>
public static class LanguageWarning
{
    /// <summary>The warning for an article whose text reads as <paramref name="language"/> and from which the given counts were
    /// extracted, or null when there is nothing to warn about (Arabic, or something was found).</summary>
    public static string? For(string language, int entities, int statements, int relations) =>
        language == "ar" || entities + statements + relations > 0
            ? null
            : $"The text is not Arabic (detected: {language}); only Arabic is read, so no entities, statements or relations were extracted. The article is stored.";
}
