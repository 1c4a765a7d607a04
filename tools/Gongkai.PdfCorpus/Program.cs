using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.PdfCorpus;
using Gongkai.Testing;

// Generates artifacts/pdf-corpus (docs/pdf-corpus.md). Run: tools/pdf-corpus.sh [SHARED_CORPUS] [--out DIR] [--per-class N]
// Needs chromium and LibreOffice Writer (Debian's chromium, libreoffice-writer-nogui) and the CJK fonts.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var root = RepositoryRoot.Path;
var corpus = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
var output = Path.Combine(root, "artifacts", "pdf-corpus");
var perClass = CorpusPlan.DefaultPerClass;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--out" when i + 1 < args.Length:
            output = Path.GetFullPath(args[++i]);
            break;
        case "--per-class" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
            perClass = n;
            i++;
            break;
        case var arg when !arg.StartsWith('-'):
            corpus = Path.GetFullPath(arg);
            break;
        default:
            Console.Error.WriteLine($"未知的参数：{args[i]}（用法：tools/pdf-corpus.sh [共享语料目录] [--out 目录] [--per-class N]）");
            return 3;
    }
}

if (Chromium.Executable is null || LibreOffice.Executable is null)
{
    Console.Error.WriteLine("需要 chromium 和 LibreOffice（soffice）：apt-get install chromium libreoffice-writer-nogui fonts-noto-cjk fonts-wqy-zenhei fonts-arphic-uming");
    return 1;
}

var sources = CorpusSource.Samples(Path.Combine(root, "samples")).Concat(CorpusSource.SharedCorpus(corpus)).ToList();
if (!Directory.Exists(Path.Combine(corpus, "truth")))
{
    Console.Error.WriteLine($"未找到共享语料 {corpus}：只用样例生成。");
}

var clock = Stopwatch.StartNew();
var items = PdfCorpusGenerator.Generate(sources, output, perClass, Console.Out);
Console.WriteLine($"总用时 {clock.Elapsed.TotalSeconds:F0} 秒；评测：./gongkai eval {Path.GetRelativePath(root, output)}");
return items.Count > 0 ? 0 : 1;
