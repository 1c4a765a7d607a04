namespace Gongkai.Bench;

/// <summary>
/// How to start a published CLI in a folder: the native executable Native AOT makes (what <c>./gongkai</c> publishes
/// when it can), or <c>gongkai.dll</c> on <c>dotnet</c> (ReadyToRun, and every build before Native AOT).
/// </summary>
internal static class CliBuild
{
    /// <summary>The command line that starts the CLI in <paramref name="folder"/>, or <see langword="null"/> when none is there.</summary>
    public static IReadOnlyList<string>? Command(string folder)
    {
        var assembly = Path.Combine(folder, "gongkai.dll");
        if (File.Exists(assembly))
        {
            return ["dotnet", assembly];
        }

        var native = Path.Combine(folder, "gongkai");
        return File.Exists(native) ? [native] : null;
    }

    /// <summary>The command as the report prints it.</summary>
    public static string Describe(string folder) => Command(folder) is { } command ? string.Join(' ', command) : folder;
}
