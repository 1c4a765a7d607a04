using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Parsing.Tables.Proactive;

/// <summary>Matches table 二's printed row and column labels against the catalogue's key phrases.</summary>
internal static class ProactiveLabels
{
    /// <summary>The row key of a normalised label, or null.</summary>
    public static RowKey? RowKey(string normalized)
    {
        foreach (var (phrase, key) in ProactiveTemplate.RowVariants)
        {
            if (normalized.Contains(phrase, StringComparison.Ordinal))
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>The column of a normalised header label, or null.</summary>
    public static (ColumnKey Key, TemplateVersion? Edition)? Column(string normalized)
    {
        foreach (var (phrase, key, edition) in ProactiveTemplate.ColumnVariants)
        {
            if (normalized.Contains(phrase, StringComparison.Ordinal))
            {
                return (key, edition);
            }
        }

        return null;
    }
}
