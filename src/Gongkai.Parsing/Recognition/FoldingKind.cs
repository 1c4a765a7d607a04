namespace Gongkai.Parsing.Recognition;

/// <summary>What kind of look-alike code point <see cref="CodePointFolding"/> met.</summary>
internal enum FoldingKind
{
    /// <summary>Nothing to count (an ordinary character, or full-width digits and letters, which are common typography).</summary>
    None,

    /// <summary>A Kangxi radical or a CJK Radicals Supplement character, folded to its unified ideograph.</summary>
    Radical,

    /// <summary>A CJK compatibility ideograph, folded to its unified ideograph.</summary>
    CompatibilityIdeograph,

    /// <summary>A private-use code point: its meaning is in the font only; left as printed.</summary>
    PrivateUse,
}
