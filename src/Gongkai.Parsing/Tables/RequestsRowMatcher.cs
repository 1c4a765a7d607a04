using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Tables;

/// <summary>Finds which row of table 三 a printed label is, using the numbering context of the rows before it.</summary>
internal sealed class RequestsRowMatcher
{
    private const double FuzzyThreshold = 0.6;
    private const double NumberedThreshold = 0.3;

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
            var entry = RequestsRowCatalog.Entries.FirstOrDefault(e => e.Group == group && e.Item == item);
            if (entry is not null && LabelText.Similarity(leaf, entry.Canonical) >= NumberedThreshold)
            {
                return (entry.Key, true);
            }
        }

        var best = RequestsRowCatalog.Entries
            .Where(e => e.Canonical.Length > 2 && (_group is null || e.Group is null || e.Group == _group || parts.Group is null))
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
        if (leaf == "其他" && _group == 6)
        {
            return "other.other";
        }

        foreach (var entry in RequestsRowCatalog.Entries)
        {
            foreach (var phrase in entry.Phrases)
            {
                if (leaf.Contains(phrase, StringComparison.Ordinal) && Fits(entry, parts))
                {
                    return entry.Key == "other" && parts.Item is not null ? null : entry.Key;
                }
            }
        }

        return null;
    }

    // A phrase match must not contradict explicit numbering in the same label (e.g. 四、 with 结转).
    private bool Fits(RequestsRowCatalog.Entry entry, LabelParts parts) =>
        (parts.Top is null || entry.Top is null || parts.Top == entry.Top || parts.Group is not null) &&
        (parts.Group is null || entry.Group is null || parts.Group == entry.Group);
}
