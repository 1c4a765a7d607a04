namespace Gongkai.Core.Model;

/// <summary>Names of <see cref="TableKind"/> in JSON and in Chinese.</summary>
public static class TableKindExtensions
{
    /// <summary>The canonical JSON key of the table.</summary>
    public static string ToJsonKey(this TableKind kind) => kind switch
    {
        TableKind.Proactive => "proactive",
        TableKind.Requests => "requests",
        _ => "appeals",
    };

    /// <summary>The table whose canonical JSON key is <paramref name="key"/>, or <see langword="null"/>.</summary>
    public static TableKind? FromJsonKey(string key) => key switch
    {
        "proactive" => TableKind.Proactive,
        "requests" => TableKind.Requests,
        "appeals" => TableKind.Appeals,
        _ => null,
    };

    /// <summary>The table's name in the report, e.g. <c>表三</c>.</summary>
    public static string ToDisplayName(this TableKind kind) => kind switch
    {
        TableKind.Proactive => "表二",
        TableKind.Requests => "表三",
        _ => "表四",
    };

    /// <summary>The table's full title in the official format.</summary>
    public static string ToTitle(this TableKind kind) => kind switch
    {
        TableKind.Proactive => "主动公开政府信息情况",
        TableKind.Requests => "收到和处理政府信息公开申请情况",
        _ => "政府信息公开行政复议、行政诉讼情况",
    };
}
