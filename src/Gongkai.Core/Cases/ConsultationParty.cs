namespace Gongkai.Core.Cases;

/// <summary>Whom the agency consults before deciding.</summary>
public enum ConsultationParty
{
    /// <summary>A third party whose rights disclosure may harm (条例 art. 32).</summary>
    ThirdParty,

    /// <summary>Another agency that co-produced the information (条例 art. 34).</summary>
    OtherAgency,
}
