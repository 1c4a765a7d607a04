using Gongkai.Reporting.Tabular;

namespace Gongkai.Application.Cases.Registers;

/// <summary>A column of the register template: its field, header, cell type, whether a row needs it, its explanation and the other headers agencies use for it.</summary>
/// <param name="Field">What it holds.</param>
/// <param name="Header">The template's header.</param>
/// <param name="Type">How the template writes its cells.</param>
/// <param name="Required">Whether every row must fill it.</param>
/// <param name="Help">The explanation on the 填写说明 sheet.</param>
/// <param name="Synonyms">Headers of agencies' own registers that mean the same (matched after <see cref="RegisterHeaderMap.Normalize"/>).</param>
public sealed record RegisterColumn(RegisterField Field, string Header, TabularType Type, bool Required, string Help, IReadOnlyList<string> Synonyms);
