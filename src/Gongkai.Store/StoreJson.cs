using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gongkai.Store;

/// <summary>How the store's results are written as JSON for people and programs: camelCase, Chinese left readable.</summary>
public static class StoreJson
{
    /// <summary>Indented, for files and the CLI's <c>--format json</c>.</summary>
    public static JsonSerializerOptions Indented { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One line per document, for JSON Lines.</summary>
    public static JsonSerializerOptions Line { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
