using System.Reflection;

namespace Gongkai.Bench;

/// <summary>
/// What a cached input was made from, written to a stamp file beside it: when the text differs (other sizes, another
/// seed, other code that renders or stores) the input is made again. Code is named by the module version ids of the
/// assemblies involved, which deterministic builds keep as long as their sources do not change.
/// </summary>
internal static class Recipe
{
    public static string Of(string what, params Assembly[] code) =>
        what + "; " + string.Join(", ", code.Select(a => $"{a.GetName().Name} {a.ManifestModule.ModuleVersionId:N}"));

    public static bool IsCurrent(string stamp, string recipe) => File.Exists(stamp) && File.ReadAllText(stamp) == recipe;

    public static void Write(string stamp, string recipe) => File.WriteAllText(stamp, recipe);
}
