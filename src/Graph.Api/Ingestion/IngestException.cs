namespace Graph.Api.Ingestion;

/// <summary>An article that cannot be ingested, with a machine-readable code (sent as extensions.code).</summary>
public sealed class IngestException(string code, string message) : Exception(message)
{
    public const string EmptyText = "EMPTY_TEXT";
    public const string TextTooLong = "TEXT_TOO_LONG";
    public const string InvalidText = "INVALID_TEXT";

    public string Code { get; } = code;
}
