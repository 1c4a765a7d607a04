namespace Gongkai.Parsing.Pdf.Decoding;

/// <summary>Values known of streams by their encoded bytes: looked up by length, then compared byte for byte.</summary>
internal sealed class EncodedStreams<T>
{
    private readonly Dictionary<int, List<(ReadOnlyMemory<byte> Encoded, T Value)>> _byLength = [];

    public bool TryAdd(ReadOnlyMemory<byte> encoded, T value)
    {
        if (Find(encoded.Span, out _, out _))
        {
            return false;
        }

        Add(encoded, value);
        return true;
    }

    public void Set(ReadOnlyMemory<byte> encoded, T value)
    {
        if (Find(encoded.Span, out var list, out var index))
        {
            list![index] = (list[index].Encoded, value);
        }
        else
        {
            Add(encoded, value);
        }
    }

    public bool TryGet(ReadOnlySpan<byte> encoded, out T value)
    {
        if (Find(encoded, out var list, out var index))
        {
            value = list![index].Value;
            return true;
        }

        value = default!;
        return false;
    }

    private void Add(ReadOnlyMemory<byte> encoded, T value)
    {
        if (!_byLength.TryGetValue(encoded.Length, out var list))
        {
            _byLength[encoded.Length] = list = [];
        }

        list.Add((encoded, value));
    }

    private bool Find(ReadOnlySpan<byte> encoded, out List<(ReadOnlyMemory<byte> Encoded, T Value)>? list, out int index)
    {
        if (_byLength.TryGetValue(encoded.Length, out list))
        {
            for (index = 0; index < list.Count; index++)
            {
                if (list[index].Encoded.Span.SequenceEqual(encoded))
                {
                    return true;
                }
            }
        }

        index = -1;
        return false;
    }
}
