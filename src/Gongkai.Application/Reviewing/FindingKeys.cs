using System.Security.Cryptography;
using System.Text;
using Gongkai.Application.Auditing;

namespace Gongkai.Application.Reviewing;

/// <summary>
/// The key a finding's review is kept under: its unit (or agency name), year, rule, cells and message. A new version
/// that still has the same finding keeps its review; a finding that changed (other cells, other figures in the
/// message) is a new one. The 审核 page and 报告详情 compute the same key for a report's own findings.
/// </summary>
public static class FindingKeys
{
    /// <summary>The key of <paramref name="finding"/> (32 hexadecimal digits).</summary>
    public static string Of(AuditFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var who = finding.UnitCode is { } code ? "unit:" + code : "name:" + finding.Agency;
        var text = string.Join('\u001f', who, finding.Year, finding.Code, finding.Cells, finding.Message);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
