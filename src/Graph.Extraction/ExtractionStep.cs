namespace Graph.Extraction;

/// <summary>One step of the pipeline: what it is called, the annotations it reads and the ones it adds, and the work.
/// A step reads the <see cref="Document"/> and adds its annotation; it never calls another step.</summary>
public sealed record ExtractionStep(string Name, Annotation Needs, Annotation Adds, Action<Document> Run);
