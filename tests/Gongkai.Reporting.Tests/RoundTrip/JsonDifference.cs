using System.Text.Json;

namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>The first place where two JSON documents differ, as a path such as <c>requests.rows.granted[6]</c>.</summary>
internal static class JsonDifference
{
    private static readonly JsonSerializerOptions CompactOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The first difference, described as <c>path: expected …, got …</c>; <see langword="null"/> when equal.</summary>
    public static string? First(string expected, string actual)
    {
        using var left = JsonDocument.Parse(expected);
        using var right = JsonDocument.Parse(actual);
        return Compare(left.RootElement, right.RootElement, "$");
    }

    private static string? Compare(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return Describe(path, expected, actual);
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var names = expected.EnumerateObject().Select(p => p.Name).Concat(actual.EnumerateObject().Select(p => p.Name)).Distinct();
                foreach (var name in names)
                {
                    var inExpected = expected.TryGetProperty(name, out var e);
                    var inActual = actual.TryGetProperty(name, out var a);
                    if (!inExpected || !inActual)
                    {
                        return $"{path}.{name}: {(inExpected ? "expected " + Shorten(e) + ", missing" : "unexpected " + Shorten(a))}";
                    }

                    if (Compare(e, a, $"{path}.{name}") is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var length = Math.Max(expected.GetArrayLength(), actual.GetArrayLength());
                for (var i = 0; i < length; i++)
                {
                    if (i >= expected.GetArrayLength() || i >= actual.GetArrayLength())
                    {
                        return $"{path}: expected {expected.GetArrayLength()} items, got {actual.GetArrayLength()}";
                    }

                    if (Compare(expected[i], actual[i], $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                return expected.GetRawText() == actual.GetRawText() ? null : Describe(path, expected, actual);
        }
    }

    private static string Describe(string path, JsonElement expected, JsonElement actual) =>
        $"{path}: expected {Shorten(expected)}, got {Shorten(actual)}";

    // One line, at most 120 characters: the value re-serialised without indentation.
    private static string Shorten(JsonElement value)
    {
        var text = JsonSerializer.Serialize(value, CompactOptions);
        return text.Length > 120 ? text[..120] + "…" : text;
    }
}
