using FsCheck;
using FsCheck.Fluent;
using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Tests.Recognition;

// The property half of SectionRecognizerTests: the best heading sequence, written with a class and arrays (issue #16),
// against the programme as it was written with lists of value tuples.
public sealed partial class SectionRecognizerTests
{
    [Fact]
    public void The_best_sequence_of_headings_is_the_one_the_tuple_programme_chose()
    {
        // Rows in order, several candidates per row, few distinct scores so that ties are common.
        var candidateGen = from step in Gen.Elements(0, 0, 1, 2)
                           from section in Gen.Choose(1, 6)
                           from score in Gen.Elements(0.45, 0.5, 0.8, 1.0, 1.3, 0.1, -0.2)
                           select (Step: step, Section: section, Score: score);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(candidateGen.ListOf().ToArbitrary(), steps =>
        {
            var row = 0;
            var tuples = new List<(int Row, int Section, double Score)>();
            foreach (var (step, section, score) in steps)
            {
                row += step;
                tuples.Add((row, section, score));
            }

            var chosen = SectionRecognizer.BestSequence([.. tuples.Select(t => new SectionRecognizer.Candidate(t.Row, t.Section, t.Score))]);
            Assert.Equal(TupleBestSequence(tuples), chosen.Select(c => (c.Row, c.Section, c.Score)));
        }));
    }

    private static List<(int Row, int Section, double Score)> TupleBestSequence(List<(int Row, int Section, double Score)> candidates)
    {
        var previous = new int[candidates.Count];
        var bestEnding = new double[7];
        var bestIndex = new int[7];
        Array.Fill(bestIndex, -1);
        var start = 0;
        while (start < candidates.Count)
        {
            var end = start;
            while (end < candidates.Count && candidates[end].Row == candidates[start].Row)
            {
                end++;
            }

            var scores = new List<(int Section, double Total, int Index)>(end - start);
            for (var i = start; i < end; i++)
            {
                var section = candidates[i].Section;
                var before = -1;
                for (var s = 1; s < section; s++)
                {
                    if (bestIndex[s] >= 0 && (before < 0 || bestEnding[s] > bestEnding[before]))
                    {
                        before = s;
                    }
                }

                previous[i] = before < 0 ? -1 : bestIndex[before];
                scores.Add((section, candidates[i].Score + (before < 0 ? 0 : bestEnding[before]), i));
            }

            foreach (var (section, total, index) in scores)
            {
                if (bestIndex[section] < 0 || total > bestEnding[section])
                {
                    bestEnding[section] = total;
                    bestIndex[section] = index;
                }
            }

            start = end;
        }

        var result = new List<(int Row, int Section, double Score)>();
        var last = -1;
        for (var s = 1; s <= 6; s++)
        {
            if (bestIndex[s] >= 0 && (last < 0 || bestEnding[s] > bestEnding[last]))
            {
                last = s;
            }
        }

        for (var k = last < 0 ? -1 : bestIndex[last]; k >= 0; k = previous[k])
        {
            result.Add(candidates[k]);
        }

        result.Reverse();
        return result;
    }
}
