using FsCheck;
using FsCheck.Fluent;

namespace Gongkai.Cli.Tests;

public sealed class ParseOutputNamesTests
{
    private static readonly string[] Names = ["a.txt", "a.docx", "a-2.txt", "a-2.pdf", "a-2-2.html", "a-3.txt", "b.txt", "b-x.txt", "c-10.txt", "c.txt", "d.txt"];

    [Fact]
    public void Names_every_file_read_as_a_serial_run_numbering_stems_in_input_order_would()
    {
        var inputs = Gen.Elements(Names).Select(name => name).ListOf().SelectMany(files => Gen.Elements(true, true, false).ListOf(files.Count).Select(read => (files, read)));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            var (names, read) = input;
            var files = names.Select((name, i) => Path.Combine("in", i.ToString(System.Globalization.CultureInfo.InvariantCulture), name)).ToList();
            var plan = new ParseOutputNames("out", files);
            var serial = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < files.Count; i++)
            {
                if (!read[i])
                {
                    continue; // a file that fails takes no name
                }

                Assert.Equal(SerialName(files[i], serial), plan.Claim(i, files[i]));
            }
        }));
    }

    [Fact]
    public void Fixes_in_advance_only_a_name_no_other_input_can_take()
    {
        var plan = new ParseOutputNames("out", ["x/a.txt", "y/a.docx", "a-2.txt", "b.txt", "c-2.txt"]);

        Assert.Equal([null, null, null, Path.Combine("out", "b.json"), Path.Combine("out", "c-2.json")], Enumerable.Range(0, 5).Select(plan.Planned));
    }

    // What parse --out did before it ran on several cores: the first free STEM.json, STEM-2.json… in input order.
    private static string SerialName(string file, HashSet<string> written)
    {
        var stem = Path.GetFileNameWithoutExtension(file);
        var path = Path.Combine("out", stem + ".json");
        for (var n = 2; !written.Add(path); n++)
        {
            path = Path.Combine("out", $"{stem}-{n}.json");
        }

        return path;
    }
}
