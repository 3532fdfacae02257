using System.Buffers;

namespace Graph.Extraction.Tagging;

/// <summary>Room for the tagger's work on a sentence of up to a given number of tokens: its features, gazetteer codes, which
/// tokens are outside any name, and each token's sum of rows. Rented once for all the sentences of a document (renting four
/// arrays for every sentence cost more than tagging a short one).</summary>
internal sealed class TagBuffers : IDisposable
{
    public TagBuffers(int tokens)
    {
        Features = ArrayPool<int>.Shared.Rent(tokens * TagFeatures.Static);
        Listed = ArrayPool<int>.Shared.Rent(tokens);
        Outside = ArrayPool<bool>.Shared.Rent(tokens);
        Sums = ArrayPool<float>.Shared.Rent(tokens * TaggerModel.Stride);
    }

    public int[] Features { get; }
    public int[] Listed { get; }
    public bool[] Outside { get; }
    public float[] Sums { get; }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(Features);
        ArrayPool<int>.Shared.Return(Listed);
        ArrayPool<bool>.Shared.Return(Outside);
        ArrayPool<float>.Shared.Return(Sums);
    }
}
