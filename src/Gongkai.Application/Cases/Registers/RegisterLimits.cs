namespace Gongkai.Application.Cases.Registers;

/// <summary>The documented bounds of a register import (docs/cases-model.md, "Register (Excel)").</summary>
public static class RegisterLimits
{
    /// <summary>Most data rows in one file: 100,000 (a county agency registers hundreds a year).</summary>
    public const int MaxRows = 100_000;

    /// <summary>Most characters in one cell: 10,000 (a long 申请内容 fits).</summary>
    public const int MaxCellChars = 10_000;

    /// <summary>Most bytes of a file: 64 MiB.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Most filled cells of a workbook (header and rows).</summary>
    public const int MaxCells = 4_000_000;
}
