using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Synthetic.Figures;

/// <summary>Table 三 of a clean report: new and carried-over requests per applicant column, all handled or carried forward.</summary>
/// <remarks>Per column 一 + 二 = (七) + 四 and (七) = the sum of outcomes by construction; 总计 is filled by <see cref="Totals"/>.</remarks>
internal static class RequestsFigures
{
    // 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他: most applicants are individuals.
    private static readonly double[] ApplicantWeights = [0.84, 0.09, 0.01, 0.01, 0.03, 0.02];

    private static readonly Dictionary<string, double> OutcomeWeights = new(StringComparer.Ordinal)
    {
        ["granted"] = 0.36, ["partiallyGranted"] = 0.08,
        ["withheld.stateSecret"] = 0.004, ["withheld.otherLaw"] = 0.01, ["withheld.security"] = 0.004, ["withheld.thirdParty"] = 0.02,
        ["withheld.internal"] = 0.02, ["withheld.process"] = 0.03, ["withheld.enforcement"] = 0.01, ["withheld.query"] = 0.03,
        ["unavailable.notHeld"] = 0.2, ["unavailable.needsCreation"] = 0.05, ["unavailable.unclear"] = 0.03,
        ["rejected.petition"] = 0.04, ["rejected.duplicate"] = 0.03, ["rejected.publication"] = 0.01, ["rejected.excessive"] = 0.01,
        ["rejected.confirmation"] = 0.01, ["other"] = 0.03, ["other.noCorrection"] = 0.02, ["other.unpaidFee"] = 0.002, ["other.other"] = 0.015,
    };

    public static void Fill(FigureSheet sheet, UnitProfile profile, UnitState state, Random random)
    {
        var columns = RequestsTemplate.ApplicantColumns;
        var received = Math.Clamp((int)Math.Round(profile.Requests * UnitProfile.Between(random, 0.6, 1.4) + UnitProfile.Between(random, -1, 1)), 0, profile.MaxRequests);
        var fresh = Apportion.Split(received, ApplicantWeights, random);
        var carried = state.CarriedForward ?? Apportion.Split((int)(received * UnitProfile.Between(random, 0, 0.05)), ApplicantWeights, random);
        var outcomes = RequestsTemplate.OutcomeRows(sheet.Template.Version).Select(o => o.Key).ToList();
        var weights = outcomes.Select(o => OutcomeWeights[o]).ToList();
        var forward = new int[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var available = fresh[c] + carried[c];
            forward[c] = profile.Kind == UnitKind.Town ? 0 : (int)(available * UnitProfile.Between(random, 0, 0.08));
            var handled = Apportion.Split(available - forward[c], weights, random);
            sheet[TableKind.Requests, RequestsTemplate.NewReceived, columns[c]] = fresh[c];
            sheet[TableKind.Requests, RequestsTemplate.CarriedOver, columns[c]] = carried[c];
            for (var o = 0; o < outcomes.Count; o++)
            {
                sheet[TableKind.Requests, outcomes[o], columns[c]] = handled[o];
            }

            sheet[TableKind.Requests, RequestsTemplate.Total, columns[c]] = available - forward[c];
            sheet[TableKind.Requests, RequestsTemplate.CarriedForward, columns[c]] = forward[c];
        }

        state.CarriedForward = forward;
        Totals.Complete(sheet);
    }
}
