using System.Globalization;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Parsing.Recognition;

/// <summary>What <see cref="CodePointFolding"/> met in one document: counts per kind and the first example, reported as GK1009.</summary>
internal sealed class FoldingTally
{
    private SourceRef _exampleSource;
    private SourceRef _privateUseSource;

    /// <summary>Kangxi radicals and radicals-supplement characters folded to unified ideographs.</summary>
    public int Radicals { get; private set; }

    /// <summary>Compatibility ideographs folded to unified ideographs.</summary>
    public int CompatibilityIdeographs { get; private set; }

    /// <summary>Private-use code points left as printed.</summary>
    public int PrivateUse { get; private set; }

    /// <summary>The first folded code point and what it became, e.g. (⾏, 行).</summary>
    public (string Printed, string Folded)? Example { get; private set; }

    /// <summary>The first private-use code point met.</summary>
    public int? PrivateUseExample { get; private set; }

    /// <summary>Counts one code point of <paramref name="kind"/>.</summary>
    public void Add(FoldingKind kind, int codePoint, int target, SourceRef source)
    {
        switch (kind)
        {
            case FoldingKind.Radical or FoldingKind.CompatibilityIdeograph:
                if (kind == FoldingKind.Radical)
                {
                    Radicals++;
                }
                else
                {
                    CompatibilityIdeographs++;
                }

                if (Example is null)
                {
                    Example = (char.ConvertFromUtf32(codePoint), char.ConvertFromUtf32(target));
                    _exampleSource = source;
                }

                break;
            case FoldingKind.PrivateUse:
                PrivateUse++;
                if (PrivateUseExample is null)
                {
                    PrivateUseExample = codePoint;
                    _privateUseSource = source;
                }

                break;
        }
    }

    /// <summary>The note saying what was folded and what could not be, or <see langword="null"/> when the document had none.</summary>
    public Diagnostic? ToDiagnostic()
    {
        var folded = Radicals + CompatibilityIdeographs;
        if (folded == 0 && PrivateUse == 0)
        {
            return null;
        }

        var privateUse = PrivateUseExample is { } p ? $"U+{p.ToString("X4", CultureInfo.InvariantCulture)}" : "";
        var message = (folded, PrivateUse) switch
        {
            ( > 0, 0) => $"文中有 {folded} 个字符使用了康熙部首或兼容汉字码位（如「{Example!.Value.Printed}」→「{Example.Value.Folded}」），已按标准汉字识别。",
            ( > 0, _) => $"文中有 {folded} 个字符使用了康熙部首或兼容汉字码位（如「{Example!.Value.Printed}」→「{Example.Value.Folded}」），已按标准汉字识别；另有 {PrivateUse} 个私用区字符（如 {privateUse}）无法识别，按原样保留。",
            _ => $"文中有 {PrivateUse} 个私用区字符（如 {privateUse}）无法识别，按原样保留；这些字符只在原文件的字体中有意义，相关文字可能读错。",
        };
        return Diagnostic.Create(DiagnosticCodes.LookAlikeCodePoints, Severity.Info, message, folded > 0 ? _exampleSource : _privateUseSource);
    }
}
