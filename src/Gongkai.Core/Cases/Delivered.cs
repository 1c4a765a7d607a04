namespace Gongkai.Core.Cases;

/// <summary>The answer was served (送达) on the applicant; the only step after a case is closed.</summary>
/// <param name="Date">The day of service.</param>
/// <param name="By">Who served it.</param>
/// <param name="Method">How (当面, 邮寄, 电子邮件, …).</param>
public sealed record Delivered(DateOnly Date, string By, string Method) : CaseStep(Date, By);
