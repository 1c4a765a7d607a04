using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gongkai.Core.Cases.Json;

/// <summary>Reading and writing the values of a case's JSON: dates as YYYY-MM-DD, enums as camelCase names.</summary>
internal static class CaseJsonValues
{
    private const string DateFormat = "yyyy-MM-dd";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static JsonObject Object(JsonNode? node, string what) =>
        node as JsonObject ?? throw new CaseJsonException($"案件数据格式有误：{what}应为对象。");

    public static string Text(JsonObject o, string name) =>
        OptionalText(o, name) ?? throw new CaseJsonException($"案件数据格式有误：缺少字段“{name}”。");

    public static string? OptionalText(JsonObject o, string name)
    {
        var node = o[name];
        if (node is null)
        {
            return null;
        }

        return node is JsonValue v && v.TryGetValue<string>(out var text) ? text : throw Wrong(name);
    }

    public static DateOnly ReadDate(JsonObject o, string name) =>
        OptionalDate(o, name) ?? throw new CaseJsonException($"案件数据格式有误：缺少日期“{name}”。");

    public static DateOnly? OptionalDate(JsonObject o, string name) =>
        OptionalText(o, name) is not { } text ? null
        : DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new CaseJsonException($"案件数据格式有误：“{name}”不是日期（应为 YYYY-MM-DD）：{text}");

    public static int Int(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<int>(out var n) ? n : throw Wrong(name);

    public static decimal Decimal(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<decimal>(out var n) ? n : throw Wrong(name);

    public static T Enum<T>(JsonObject o, string name)
        where T : struct, Enum
    {
        var text = Text(o, name);
        foreach (var value in System.Enum.GetValues<T>())
        {
            if (Name(value) == text)
            {
                return value;
            }
        }

        throw new CaseJsonException($"案件数据格式有误：“{name}”的值“{text}”无法识别。");
    }

    public static JsonArray Array(JsonObject o, string name) =>
        o[name] switch
        {
            null => [],
            JsonArray a => a,
            _ => throw Wrong(name),
        };

    private static CaseJsonException Wrong(string name) => new($"案件数据格式有误：字段“{name}”的类型不对。");
}
