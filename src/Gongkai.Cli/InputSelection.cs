namespace Gongkai.Cli;

/// <summary>The files to read from a command's FILE|DIR arguments, and what was left out of the directories.</summary>
internal sealed record InputSelection(IReadOnlyList<string> Files, IReadOnlyList<SkippedFile> Skipped);
