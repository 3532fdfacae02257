namespace Graph.Core.Grouping;

/// <summary>A MinHash signature of an article's word trigrams (over <see cref="SearchTerms"/>: folded, clitics and the
/// article removed), for finding near-copies of one text without comparing texts: two articles' signatures agree in about
/// the share of their trigrams they share (Jaccard). Deterministic: the same text gives the same signature on every
/// machine and run.</summary>
public static class StorySignature
{
    /// <summary>32 minimum hashes; the first 16 in 8 bands of 2 are the keys a near-copy is looked up by (each band key is an
    /// index entry written with every article: 16 bands cost ingest a third more than 8 at 100,000 articles). A pair sharing
    /// 70% of its trigrams (a wire copy with its own lead) shares a band with probability 1 - (1 - 0.7²)^8 ≈ 0.995, one
    /// sharing 50% with ≈ 0.90, 30% with ≈ 0.53, 5% with ≈ 0.02; candidates are then compared on all 32.</summary>
    public const int Hashes = 32, Rows = 2, Bands = 8;

    public static uint[] Of(string text)
    {
        var signature = new uint[Hashes];
        Array.Fill(signature, uint.MaxValue);
        ulong w1 = 0, w2 = 0;
        var n = 0;
        foreach (var term in SearchTerms.Of(text))
        {
            var w = Fnv(term);
            if (++n >= 3)
            {
                var shingle = Mix(w2 * 0x9E3779B97F4A7C15UL ^ w1 * 0xC2B2AE3D27D4EB4FUL ^ w);
                for (var i = 0; i < Hashes; i++)
                {
                    var h = (uint)(Mix(shingle ^ Seeds[i]) >> 32);
                    if (h < signature[i]) signature[i] = h;
                }
            }
            (w2, w1) = (w1, w);
        }
        return signature;
    }

    /// <summary>Whether the text had a trigram at all: a text of fewer than three terms has no signature to compare, and its
    /// band keys (all alike) would make every such text a candidate of every other.</summary>
    public static bool HasShingles(uint[] signature) => signature.Any(h => h != uint.MaxValue);

    /// <summary>One key per band: the band's hashes combined (what an index looks candidates up by).</summary>
    public static long[] BandKeys(uint[] signature)
    {
        var keys = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            ulong k = (ulong)b;
            for (var r = 0; r < Rows; r++) k = Mix(k * 0x100000001B3UL ^ signature[b * Rows + r]);
            keys[b] = (long)k;
        }
        return keys;
    }

    /// <summary>The share of hashes two signatures agree on: an estimate of their trigram Jaccard similarity.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        var same = 0;
        for (var i = 0; i < Hashes; i++)
            if (a[i] == b[i] && a[i] != uint.MaxValue) same++;
        return same / (double)Hashes;
    }

    public static byte[] ToBytes(uint[] signature)
    {
        var bytes = new byte[Hashes * 4];
        for (var i = 0; i < Hashes; i++) BitConverter.TryWriteBytes(bytes.AsSpan(i * 4), signature[i]);
        return bytes;
    }

    public static uint[] FromBytes(byte[] bytes)
    {
        var signature = new uint[Hashes];
        for (var i = 0; i < Hashes && (i + 1) * 4 <= bytes.Length; i++) signature[i] = BitConverter.ToUInt32(bytes, i * 4);
        return signature;
    }

    private static readonly ulong[] Seeds = [.. Enumerable.Range(1, Hashes).Select(i => Mix((ulong)i * 0xD6E8FEB86659FD93UL))];

    private static ulong Fnv(string s)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in s) h = (h ^ c) * 0x100000001B3UL;
        return h;
    }

    /// <summary>A 64-bit finaliser (splitmix64's).</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ z >> 30) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ z >> 27) * 0x94D049BB133111EBUL;
        return z ^ z >> 31;
    }
}
