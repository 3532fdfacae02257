using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Graph.Extraction.Tagging;

/// <summary>The trained name tagger: one weight per hashed feature and tag in one contiguous array
/// (<c>[feature * 8 + tag]</c>), applied greedily left to right with the tags already given as features.</summary>
/// <remarks>Greedy rather than Viterbi: with the previous two tags as features, a left-to-right pass keeps most of what a
/// search over the 7×7 transitions would give on ANERcorp (names are short and their starts are marked by the words
/// around them), costs one score per token instead of 49, and lets the tag history be any feature, not only a transition.</remarks>
public sealed class TaggerModel
{
    /// <summary>2^16 hashed feature rows (2 MB of weights in memory, about 0.39 MB as a file). Reading the rows is most of
    /// the decoding time, a cache miss a row: with 2^18 rows (8 MB) the tagger alone took about twice the time of a bare
    /// tokenising pass against about 1.3 times here, for a held-aside micro F1 within noise (0.684 against 0.682).</summary>
    public const int Bits = 16;
    public const int Rows = 1 << Bits;

    /// <summary>Each row holds the 7 tags' weights and one unused slot, so that a row is one 32-byte vector (half a cache
    /// line) added in one instruction.</summary>
    internal const int Stride = 8;
    private static readonly byte[] Magic = "GNER"u8.ToArray();
    private const int Version = 1;

    private static readonly Lazy<TaggerModel> Embedded = new(LoadEmbedded);

    /// <summary>The model shipped in the assembly (Tagging/ner.model, derived from ANERcorp: see Tagging/NOTICE).</summary>
    public static TaggerModel Default => Embedded.Value;

    /// <summary>The weights, from <see cref="_offset"/> on: a pinned array whose data starts on a 64-byte boundary there, so that
    /// every 32-byte row lies in one cache line. An array's data starts 16 bytes into it, which put every other row across
    /// two lines: two misses for one row, and a split load.</summary>
    private readonly float[] _rows;
    private readonly int _offset;

    /// <summary>The weights, <c>[row * Stride + tag]</c>.</summary>
    internal Span<float> Weights => _rows.AsSpan(_offset, Rows * Stride);

    internal TaggerModel(float[] weights)
    {
        if (weights.Length != Rows * Stride) throw new ArgumentException("A model has one weight per row and tag.", nameof(weights));
        _rows = GC.AllocateUninitializedArray<float>(weights.Length + CacheLine / sizeof(float), pinned: true);
        var address = (long)Marshal.UnsafeAddrOfPinnedArrayElement(_rows, 0);
        _offset = (int)((CacheLine - address % CacheLine) % CacheLine) / sizeof(float);
        _rows.AsSpan(0, _offset).Clear();
        weights.CopyTo(_rows, _offset);
        _rows.AsSpan(_offset + weights.Length).Clear();
    }

    /// <summary>A model over <paramref name="rows"/> themselves from <paramref name="offset"/> on, not a copy.</summary>
    private TaggerModel(float[] rows, int offset) => (_rows, _offset) = (rows, offset);

    /// <summary>A model that reads <paramref name="weights"/> as they change (rows not aligned: the trainer scores with the
    /// weights it is changing).</summary>
    internal static TaggerModel Over(float[] weights) =>
        weights.Length == Rows * Stride ? new(weights, 0) : throw new ArgumentException("A model has one weight per row and tag.", nameof(weights));

    private const int CacheLine = 64;

    /// <summary>The first weight (of row 0).</summary>
    private ref float First => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_rows), _offset);

    /// <summary>Tags the tokens [first, end) of <paramref name="doc"/> into <paramref name="tags"/>; <paramref name="margins"/>,
    /// when given, gets how far each tag's score was above the outside tag's (how sure the tagger was that a name is there);
    /// for a token tagged outside, how far the best name tag was above it (negative: how sure it was that no name is there).</summary>
    public void Tag(Document doc, Gazetteer gazetteer, int first, int end, Span<int> tags, Span<float> margins = default)
    {
        using var buffers = new TagBuffers(end - first);
        Tag(doc, gazetteer, first, end, tags, margins, buffers);
    }

    /// <summary><see cref="Tag(Document, Gazetteer, int, int, Span{int}, Span{float})"/> in <paramref name="buffers"/>, made for
    /// at least <paramref name="end"/> - <paramref name="first"/> tokens (one for all of a document's sentences).</summary>
    internal void Tag(Document doc, Gazetteer gazetteer, int first, int end, Span<int> tags, Span<float> margins, TagBuffers buffers)
    {
        TagFeatures.Fill(doc, gazetteer, first, end, buffers.Features, buffers.Listed, buffers.Outside);
        Decode(buffers.Features, buffers.Listed, buffers.Outside, end - first, tags, margins, buffers.Sums);
    }

    /// <summary>Greedy decoding over precomputed static features; an inside tag is only allowed after its own class.</summary>
    /// <param name="sums">Room for <paramref name="n"/> rows: each token's sum of its static features' rows, added up for the
    /// whole sentence first. Those rows do not depend on the tags given, so their reads (most of them cache misses) overlap
    /// across tokens instead of waiting on each tag in turn; the dynamic rows are then added in the same order as
    /// <see cref="Score"/> adds them, so every score is the same float.</param>
    internal void Decode(ReadOnlySpan<int> features, ReadOnlySpan<int> listed, ReadOnlySpan<bool> outside, int n, Span<int> tags,
        Span<float> margins, Span<float> sums)
    {
        ref var w = ref First;
        ref var sum0 = ref MemoryMarshal.GetReference(sums);
        for (var i = 0; i < n; i++)
        {
            if (outside[i]) continue;
            var sum = Vector256<float>.Zero;
            foreach (var f in features.Slice(i * TagFeatures.Static, TagFeatures.Static)) sum += Vector256.LoadUnsafe(ref w, Row(f));
            sum.StoreUnsafe(ref sum0, (nuint)(i * Stride));
        }
        Span<float> scores = stackalloc float[Stride];
        Span<int> dynamic = stackalloc int[TagFeatures.Dynamic];
        int previous = NameTag.Outside, beforePrevious = NameTag.Outside;
        for (var i = 0; i < n; i++)
        {
            if (outside[i])
            {
                tags[i] = NameTag.Outside;
                if (!margins.IsEmpty) margins[i] = float.NegativeInfinity;
                (beforePrevious, previous) = (previous, NameTag.Outside);
                continue;
            }
            var own = features.Slice(i * TagFeatures.Static, TagFeatures.Static);
            TagFeatures.FillDynamic(dynamic, previous, beforePrevious, own, listed[i]);
            var total = Vector256.LoadUnsafe(ref sum0, (nuint)(i * Stride));
            foreach (var f in dynamic) total += Vector256.LoadUnsafe(ref w, Row(f));
            total.StoreUnsafe(ref MemoryMarshal.GetReference(scores));
            var best = Best(scores, previous);
            tags[i] = best;
            if (!margins.IsEmpty) margins[i] = (best == NameTag.Outside ? BestName(scores, previous) : scores[best]) - scores[NameTag.Outside];
            beforePrevious = previous;
            previous = best;
        }
    }

    /// <summary>The 7 tags' scores (and the unused eighth) into <paramref name="scores"/>: the sum of the features' rows.</summary>
    internal void Score(ReadOnlySpan<int> own, ReadOnlySpan<int> dynamic, Span<float> scores)
    {
        ref var w = ref First;
        var sum = Vector256<float>.Zero;
        foreach (var f in own) sum += Vector256.LoadUnsafe(ref w, Row(f));
        foreach (var f in dynamic) sum += Vector256.LoadUnsafe(ref w, Row(f));
        sum.StoreUnsafe(ref MemoryMarshal.GetReference(scores));
    }

    /// <summary>Where a feature's row starts: the top <see cref="Bits"/> bits of its hash (the best mixed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static nuint Row(int feature) => (nuint)((uint)feature >> (32 - Bits)) * Stride;

    /// <summary>The best score of a name tag allowed after <paramref name="previous"/>.</summary>
    private static float BestName(ReadOnlySpan<float> scores, int previous)
    {
        var best = float.NegativeInfinity;
        var allowed = NameTag.AllowedAfter(previous);
        for (var k = 1; k < NameTag.Count; k++)
            if ((allowed >> k & 1) != 0) best = Math.Max(best, scores[k]);
        return best;
    }

    internal static int Best(ReadOnlySpan<float> scores, int previous)
    {
        var best = NameTag.Outside;
        var allowed = NameTag.AllowedAfter(previous);
        for (var k = 1; k < NameTag.Count; k++)
            if ((allowed >> k & 1) != 0 && scores[k] > scores[best]) best = k;
        return best;
    }

    /// <summary>Writes the model: a header, then the rows with any weight as (gap from the last such row, 7 half floats),
    /// deflated. The same weights always give the same bytes.</summary>
    public void Write(Stream stream)
    {
        stream.Write(Magic);
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteInt32LittleEndian(header, Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], Bits);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], NameTag.Count);
        stream.Write(header);
        using var deflate = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate);
        var last = -1;
        for (var row = 0; row < Rows; row++)
        {
            var weights = Weights.Slice(row * Stride, NameTag.Count);
            var any = false;
            foreach (var v in weights) any |= (Half)v != Half.Zero;
            if (!any) continue;
            writer.Write7BitEncodedInt(row - last);
            last = row;
            foreach (var v in weights) writer.Write(BitConverter.HalfToUInt16Bits((Half)v));
        }
        writer.Write7BitEncodedInt(0);
    }

    public static TaggerModel Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[16];
        stream.ReadExactly(header);
        if (!header[..4].SequenceEqual(Magic) || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != Version
            || BinaryPrimitives.ReadInt32LittleEndian(header[8..]) != Bits || BinaryPrimitives.ReadInt32LittleEndian(header[12..]) != NameTag.Count)
            throw new InvalidDataException($"Not a name tagger model of version {Version} with 2^{Bits} rows and {NameTag.Count} tags.");
        using var inflate = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(inflate, 1 << 16));
        var weights = new float[Rows * Stride];
        var row = -1;
        while (reader.Read7BitEncodedInt() is var gap and > 0)
        {
            row += gap;
            for (var k = 0; k < NameTag.Count; k++) weights[row * Stride + k] = (float)BitConverter.UInt16BitsToHalf(reader.ReadUInt16());
        }
        return new TaggerModel(weights);
    }

    private static TaggerModel LoadEmbedded()
    {
        using var stream = typeof(TaggerModel).Assembly.GetManifestResourceStream("Tagging.ner.model")
            ?? throw new InvalidOperationException("The name tagger model Tagging/ner.model is not embedded.");
        return Read(stream);
    }
}
