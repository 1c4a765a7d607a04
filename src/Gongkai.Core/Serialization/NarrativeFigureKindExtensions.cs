using Gongkai.Core.Model;

namespace Gongkai.Core.Serialization;

/// <summary>JSON names of <see cref="NarrativeFigureKind"/>.</summary>
internal static class NarrativeFigureKindExtensions
{
    public static string ToJsonValue(this NarrativeFigureKind kind) => kind switch
    {
        NarrativeFigureKind.RequestsReceived => "requestsReceived",
        NarrativeFigureKind.Reconsiderations => "reconsiderations",
        _ => "lawsuits",
    };

    public static bool TryParse(string? value, out NarrativeFigureKind kind)
    {
        kind = value switch
        {
            "requestsReceived" => NarrativeFigureKind.RequestsReceived,
            "reconsiderations" => NarrativeFigureKind.Reconsiderations,
            _ => NarrativeFigureKind.Lawsuits,
        };
        return value is "requestsReceived" or "reconsiderations" or "lawsuits";
    }
}
