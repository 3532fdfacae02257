namespace Graph.Core;

/// <summary>How the text presents an act: as done, as denied, as planned or future, or as possible.</summary>
public enum Modality
{
    Asserted,
    Negated,
    Future,
    Possible,
}
