namespace Gongkai.Core.Cases;

/// <summary>One dated, attributed step in handling an application (条例 art. 45: 登记、审核、办理、答复、归档).</summary>
/// <param name="Date">The day the step happened.</param>
/// <param name="By">Who recorded or took it.</param>
public abstract record CaseStep(DateOnly Date, string By);
