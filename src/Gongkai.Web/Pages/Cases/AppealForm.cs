using Gongkai.Core.Cases;

namespace Gongkai.Web.Pages.Cases;

/// <summary>A 复议 or 诉讼 as posted from 申请详情: a new one, or the result of one recorded (its id given).</summary>
public sealed class AppealForm
{
    public string? AppealId { get; set; }

    public AppealKind Kind { get; set; }

    public DateOnly? Filed { get; set; }

    public AppealResult Result { get; set; } = AppealResult.Pending;

    public DateOnly? Decided { get; set; }
}
