using Gongkai.Application.Checking;
using Gongkai.Core.Serialization;

namespace Gongkai.Cli;

/// <summary>
/// One input of <c>parse --out</c> after a worker's share of the work: its report serialised and, when its name was
/// planned (<see cref="ParseOutputNames.Planned"/>), already written there; otherwise the JSON for the printing loop to
/// write under the name it claims in input order.
/// </summary>
internal sealed record ParsedOutput(int Index, CheckedReport Result)
{
    /// <summary>The file written by the worker, or <see langword="null"/> when the name was not known in advance.</summary>
    public string? Target { get; init; }

    /// <summary>Why the worker could not write <see cref="Target"/>.</summary>
    public Exception? WriteFailure { get; init; }

    /// <summary>The JSON to write, when <see cref="Target"/> is not known yet.</summary>
    public byte[]? Json { get; init; }

    /// <summary>The worker's part for input <paramref name="index"/>: serialise, and write when <paramref name="planned"/>.</summary>
    public static ParsedOutput Of(CheckedReport result, int index, string? planned, ReportJsonOptions json)
    {
        if (!result.Succeeded)
        {
            return new ParsedOutput(index, result);
        }

        if (planned is null)
        {
            using var buffer = new MemoryStream();
            ReportJsonWriter.Write(buffer, result.Report, result.Findings, json);
            return new ParsedOutput(index, result) { Json = buffer.ToArray() };
        }

        return new ParsedOutput(index, result) { Target = planned, WriteFailure = Save(planned, stream => ReportJsonWriter.Write(stream, result.Report, result.Findings, json)) };
    }

    /// <summary>Writes <paramref name="path"/> (creating its folder); the I/O failure, or <see langword="null"/>.</summary>
    public static Exception? Save(string path, Action<Stream> write)
    {
        try
        {
            using var stream = Create(path);
            write(stream);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex;
        }
    }

    // The folder this thread last created (or found): a thousand reports written into one folder need one mkdir, not
    // one each (issue #16). A folder removed since is created again when the file cannot be.
    [ThreadStatic]
    private static string? FolderMade;

    private static FileStream Create(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (folder != FolderMade)
        {
            Directory.CreateDirectory(folder);
            FolderMade = folder;
        }

        try
        {
            return File.Create(path);
        }
        catch (DirectoryNotFoundException)
        {
            Directory.CreateDirectory(folder);
            return File.Create(path);
        }
    }
}
