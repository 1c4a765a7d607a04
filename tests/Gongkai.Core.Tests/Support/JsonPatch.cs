using System.Text.Json.Nodes;

namespace Gongkai.Core.Tests.Support;

/// <summary>
/// The patch form of tests/specs/rules.md: objects merge key by key, other values replace, <c>null</c> sets null
/// (a blank cell), and the string <c>"$delete"</c> removes the key.
/// </summary>
internal static class JsonPatch
{
    public const string Delete = "$delete";

    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject || target is not JsonObject targetObject)
        {
            return patch?.DeepClone();
        }

        foreach (var (key, value) in patchObject)
        {
            if (value is JsonValue text && text.TryGetValue<string>(out var s) && s == Delete)
            {
                targetObject.Remove(key);
            }
            else
            {
                targetObject[key] = Apply(targetObject[key], value);
            }
        }

        return targetObject;
    }
}
