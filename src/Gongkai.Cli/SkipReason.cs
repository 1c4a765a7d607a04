namespace Gongkai.Cli;

/// <summary>Why a file found in a directory argument was not read (<see cref="InputFiles"/>).</summary>
internal enum SkipReason
{
    /// <summary>A canonical JSON file (expected output kept beside the samples, or a <c>parse</c> result), not a report as published.</summary>
    CanonicalJson,

    /// <summary>A CSV file: a registry of units or an export, not a report.</summary>
    Csv,

    /// <summary>A <c>README*</c> describing the folder.</summary>
    Readme,

    /// <summary>A hidden file or folder (name starting with a dot).</summary>
    Hidden,

    /// <summary>A symbolic link to a directory: never followed, so that a link to a parent cannot loop.</summary>
    DirectoryLink,

    /// <summary>A subfolder, when recursion is off.</summary>
    Subfolder,

    /// <summary>Not a regular file (a pipe, a socket, a device, a dangling link): reading it could block or means nothing.</summary>
    NotRegularFile,

    /// <summary>A folder that cannot be listed (no permission).</summary>
    Unreadable,

    /// <summary>The same file reached a second time by another path (a link, or two overlapping arguments).</summary>
    Duplicate,
}
