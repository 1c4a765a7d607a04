namespace Gongkai.Core.Cases;

/// <summary>A fee notice (收费通知书) stating basis, standard, amount and how to pay (条例 art. 42, 国办函〔2020〕109号).</summary>
/// <param name="Date">The day the notice was issued.</param>
/// <param name="By">Who issued it.</param>
/// <param name="Mode">按件 or 按量.</param>
/// <param name="Quantity">Items (按件) or pages (按量) of this application.</param>
/// <param name="AmountYuan">The amount charged, in 元 (<see cref="FeeCalculator"/>).</param>
public sealed record FeeNoticed(DateOnly Date, string By, FeeMode Mode, int Quantity, decimal AmountYuan) : CaseStep(Date, By);
