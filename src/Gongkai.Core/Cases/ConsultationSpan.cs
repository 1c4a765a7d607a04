namespace Gongkai.Core.Cases;

/// <summary>A consultation and its answer, when answered.</summary>
internal sealed record ConsultationSpan(ConsultationStarted Started, ConsultationAnswered? Answered);
