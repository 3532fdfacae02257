namespace Graph.Core;

/// <summary>Direct quotation or reported speech.</summary>
public enum StatementKind
{
    Quote,
    Paraphrase,
}
