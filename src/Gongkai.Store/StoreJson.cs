using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

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

    /// <summary>
    /// A source-generated context (no reflection, so the native CLI can write it) with <see cref="Indented"/>'s
    /// settings. It gets a copy: a context takes its options over and makes them read-only.
    /// </summary>
    /// <param name="create">The context's constructor taking options.</param>
    public static TContext IndentedContext<TContext>(Func<JsonSerializerOptions, TContext> create)
        where TContext : JsonSerializerContext => create(new JsonSerializerOptions(Indented));

    /// <summary>One line per document, for JSON Lines.</summary>
    public static JsonSerializerOptions Line { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
