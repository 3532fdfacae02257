namespace Graph.Extraction;

/// <summary>Values by an int hash (a first word's <see cref="PhraseTables.Hash"/>): open addressing in two flat arrays, a
/// look-up one multiplication and, mostly, one probe. Phrase tables ask it for nearly every token's forms, where a
/// <see cref="Dictionary{TKey,TValue}"/> (modulo, bucket, entry) cost about 3 % of an extraction.</summary>
/// <remarks>Written while a table is filled, then only read (safe to read from many threads once filled).</remarks>
internal sealed class HashIndex<TValue> where TValue : class
{
    private int[] _keys = new int[16];
    private TValue?[] _values = new TValue?[16];
    private int _shift = 32 - 4;
    private int _count;

    public bool TryGetValue(int key, out TValue value)
    {
        var keys = _keys;
        var values = _values;
        var mask = keys.Length - 1;
        for (var i = Slot(key, _shift); ; i = (i + 1) & mask)
        {
            if (values[i] is not { } v) break;
            if (keys[i] == key)
            {
                value = v;
                return true;
            }
        }
        value = null!;
        return false;
    }

    public TValue? GetValueOrDefault(int key) => TryGetValue(key, out var v) ? v : null;

    public TValue this[int key]
    {
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if ((_count + 1) * 2 > _keys.Length) Grow();
            if (Insert(_keys, _values, _shift, key, value)) _count++;
        }
    }

    private void Grow()
    {
        var keys = new int[_keys.Length * 2];
        var values = new TValue?[keys.Length];
        var shift = _shift - 1;
        for (var i = 0; i < _keys.Length; i++)
            if (_values[i] is { } v) Insert(keys, values, shift, _keys[i], v);
        (_keys, _values, _shift) = (keys, values, shift);
    }

    /// <summary>Puts the value in the key's slot; true when the key is new.</summary>
    private static bool Insert(int[] keys, TValue?[] values, int shift, int key, TValue value)
    {
        var mask = keys.Length - 1;
        var i = Slot(key, shift);
        while (values[i] is not null && keys[i] != key) i = (i + 1) & mask;
        var added = values[i] is null;
        keys[i] = key;
        values[i] = value;
        return added;
    }

    private static int Slot(int key, int shift) => (int)((uint)key * 2654435769u >> shift);
}
