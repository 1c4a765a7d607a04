namespace Gongkai.Store;

/// <summary>The kinds of <see cref="AccessScope"/>.</summary>
public enum AccessKind
{
    /// <summary>Every report.</summary>
    All,

    /// <summary>A region and the regions below it.</summary>
    Region,

    /// <summary>One unit.</summary>
    Unit,

    /// <summary>Published reports, for anyone.</summary>
    Public,
}
