using Gongkai.Core.Templates;
using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Tables.Requests;

/// <summary>Finds which row of table 三 a printed label is, using the numbering context of the rows before it.</summary>
internal sealed class RequestsRowMatcher
{
    private const double FuzzyThreshold = 0.6;
    private const double NumberedThreshold = 0.3;

    private static readonly Entry[] Entries = [.. RequestsTemplate.AllRows.Select(Entry.Of)];

    private int? _group;

    /// <summary>The key of the row labelled <paramref name="label"/>, or null; <c>Approximate</c> when matched by similarity.</summary>
    public (string? Key, bool Approximate) Match(string label)
    {
        var parts = LabelParts.Parse(LabelText.Normalize(label));
        Advance(parts);
        var leaf = parts.Leaf;
        if (leaf.Length == 0 && parts.Group is not null)
        {
            leaf = parts.GroupText;
        }

        if (ByPhrase(leaf, parts) is { } key)
        {
            return (key, false);
        }

        if (_group is { } group && parts.Item is { } item)
        {
            var entry = Entries.FirstOrDefault(e => e.Numbering.Group == group && e.Numbering.Item == item);
            if (entry is not null && LabelText.Similarity(leaf, entry.Canonical) >= NumberedThreshold)
            {
                return (entry.Key, true);
            }
        }

        var best = Entries
            .Where(e => e.Canonical.Length > 2 && (_group is null || e.Numbering.Group is null || e.Numbering.Group == _group || parts.Group is null))
            .Select(e => (e.Key, Score: LabelText.Similarity(leaf, e.Canonical)))
            .MaxBy(x => x.Score);
        return best.Score >= FuzzyThreshold ? (best.Key, true) : (null, false);
    }

    /// <summary>Updates the numbering context with a label that carries no values (e.g. a lone <c>（三）不予公开</c>).</summary>
    public void Observe(string label) => Advance(LabelParts.Parse(LabelText.Normalize(label)));

    private void Advance(LabelParts parts)
    {
        if (parts.Top is { } top && top != 3)
        {
            _group = null;
        }

        if (parts.Group is { } group)
        {
            _group = group;
        }
    }

    private string? ByPhrase(string leaf, LabelParts parts)
    {
        if (_group == 6 && Entries.FirstOrDefault(e => e.Numbering.Group == 6 && e.Canonical == leaf && e.Row.Variants.Count == 0) is { } bare)
        {
            return bare.Key;
        }

        foreach (var entry in Entries)
        {
            foreach (var phrase in entry.Row.Variants)
            {
                if (leaf.Contains(phrase, StringComparison.Ordinal) && Fits(entry, parts))
                {
                    return entry.Row.Id == RequestsTemplate.OtherHandling && parts.Item is not null ? null : entry.Key;
                }
            }
        }

        return null;
    }

    // A phrase match must not contradict explicit numbering in the same label (e.g. 四、 with 结转).
    private static bool Fits(Entry entry, LabelParts parts) =>
        (parts.Top is null || entry.Numbering.Top is null || parts.Top == entry.Numbering.Top || parts.Group is not null) &&
        (parts.Group is null || entry.Numbering.Group is null || parts.Group == entry.Numbering.Group);

    // A catalogue row with the normalised text of its official label after the numbering, which similarity is
    // measured against (e.g. 属于国家秘密 for （三）不予公开 1．属于国家秘密).
    private sealed record Entry(RowSpec Row, string Canonical)
    {
        public string Key => Row.Key;

        public RowNumbering Numbering => Row.Numbering;

        public static Entry Of(RowSpec row)
        {
            var parts = LabelParts.Parse(LabelText.Normalize(row.Label));
            return new Entry(row, parts.Leaf.Length == 0 && parts.Group is not null ? parts.GroupText : parts.Leaf);
        }
    }
}
