using Gongkai.Core.Model;

namespace Gongkai.Parsing.Tables;

/// <summary>Key phrases of table 二's row and column labels, and which edition each belongs to. Data table.</summary>
internal static class ProactiveLabels
{
    /// <summary>Row phrases in matching order (longer first where one contains another).</summary>
    public static IReadOnlyList<(string Phrase, string Key)> Rows { get; } =
    [
        ("规范性文件", "normativeDocuments"),
        ("规章", "rules"),
        ("行政许可", "licensing"),
        ("对外管理服务", "otherServices"),
        ("行政处罚", "punishment"),
        ("行政强制", "coercion"),
        ("收费", "fees"),
        ("集中采购", "procurement"),
    ];

    /// <summary>Column phrases: the column key and the edition whose header uses it (null: both).</summary>
    public static IReadOnlyList<(string Phrase, string Key, TemplateVersion? Edition)> Columns { get; } =
    [
        ("新制作", "newlyMade", TemplateVersion.V2019),
        ("新公开", "newlyPublished", TemplateVersion.V2019),
        ("公开总数", "totalPublished", TemplateVersion.V2019),
        ("上一年项目", "previousItems", TemplateVersion.V2019),
        ("上年项目", "previousItems", TemplateVersion.V2019),
        ("增/减", "change", TemplateVersion.V2019),
        ("增减", "change", TemplateVersion.V2019),
        ("本年处理决定", "decisions", TemplateVersion.V2021),
        ("处理决定", "decisions", null),
        ("采购项目", "projects", TemplateVersion.V2019),
        ("总金额", "amount", TemplateVersion.V2019),
        ("制发", "issued", TemplateVersion.V2021),
        ("废止", "repealed", TemplateVersion.V2021),
        ("现行有效", "inForce", TemplateVersion.V2021),
        ("收费金额", "amount", TemplateVersion.V2021),
    ];

    /// <summary>Rows that only the 2019 format has.</summary>
    public static IReadOnlySet<string> Rows2019Only { get; } = new HashSet<string> { "otherServices", "procurement" };

    /// <summary>The row key of a normalised label, or null.</summary>
    public static string? RowKey(string normalized)
    {
        foreach (var (phrase, key) in Rows)
        {
            if (normalized.Contains(phrase, StringComparison.Ordinal))
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>The column of a normalised header label, or null.</summary>
    public static (string Key, TemplateVersion? Edition)? Column(string normalized)
    {
        foreach (var (phrase, key, edition) in Columns)
        {
            if (normalized.Contains(phrase, StringComparison.Ordinal))
            {
                return (key, edition);
            }
        }

        return null;
    }
}
