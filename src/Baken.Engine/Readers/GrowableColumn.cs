namespace Baken.Engine.Readers;

// Append-only column storage that the finished PredictionSet keeps as is (array plus count), so
// reading never copies a column. The readers size it up front from the file length or the
// Parquet row count: growing by doubling would leave the old arrays as garbage that the GC does
// not hurry to collect, and that garbage, not the data, is what broke the memory budget at ten
// million rows.
internal sealed class GrowableColumn<T>
{
    private T[] _items = new T[1024];

    public int Count { get; private set; }

    public T[] Items => _items;

    public void Add(T value)
    {
        if (Count == _items.Length)
        {
            Resize(_items.Length < 1 << 20 ? _items.Length * 2 : _items.Length + (_items.Length / 2));
        }

        _items[Count++] = value;
    }

    public void AddRange(ReadOnlySpan<T> values)
    {
        EnsureCapacity((long)Count + values.Length);
        values.CopyTo(_items.AsSpan(Count));
        Count += values.Length;
    }

    public void EnsureCapacity(long capacity)
    {
        if (capacity > _items.Length)
        {
            Resize((int)Math.Min(capacity, Array.MaxLength));
        }
    }

    // Shrinks the array when a size estimate was far too high (more than an eighth unused).
    public T[] TrimmedItems()
    {
        if (_items.Length - Count > (_items.Length / 8) + 1024)
        {
            Resize(Count);
        }

        return _items;
    }

    private void Resize(int capacity)
    {
        var larger = new T[capacity];
        _items.AsSpan(0, Count).CopyTo(larger);
        _items = larger;
    }
}
