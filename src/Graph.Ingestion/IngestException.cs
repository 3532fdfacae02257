namespace Graph.Ingestion;

/// <summary>An article that cannot be ingested, with a machine-readable code (sent as extensions.code).</summary>
public sealed class IngestException(string code, string message) : Exception(message)
{
    public const string EmptyText = "EMPTY_TEXT";
    public const string TextTooLong = "TEXT_TOO_LONG";
    public const string InvalidText = "INVALID_TEXT";
    /// <summary>A field other than the text: too long, not valid Unicode, a url that is not http(s), a language that is not BCP 47.</summary>
    public const string BadField = "BAD_USER_INPUT";

    public string Code { get; } = code;
}
