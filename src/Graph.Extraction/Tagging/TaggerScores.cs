namespace Graph.Extraction.Tagging;

/// <summary>Exact-span F1 of the tagger: micro over all classes, then person, place, organisation.</summary>
public sealed record TaggerScores(double[] F1ByClass)
{
    public double Micro => F1ByClass[0];
    public double Person => F1ByClass[1];
    public double Place => F1ByClass[2];
    public double Organization => F1ByClass[3];

    public static double F1(int tp, int fp, int fn) => tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);

    public override string ToString() =>
        FormattableString.Invariant($"micro F1={Micro:0.000} PERS={Person:0.000} LOC={Place:0.000} ORG={Organization:0.000}");
}
