namespace Gongkai.Core.Templates;

/// <summary>
/// Where a row of table 三 sits in the printed numbering: the top level (一、–四、), the group ((一)–(七)) and the
/// item (1.–8.); a level the row does not print is <see langword="null"/>.
/// </summary>
public readonly record struct RowNumbering(int? Top, int? Group = null, int? Item = null);
