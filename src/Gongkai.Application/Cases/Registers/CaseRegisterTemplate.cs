namespace Gongkai.Application.Cases.Registers;

/// <summary>The empty register workbook agencies fill in (<c>gongkai cases template</c>, the web's download).</summary>
public static class CaseRegisterTemplate
{
    /// <summary>The file name it is offered under.</summary>
    public const string FileName = "依申请公开登记台账模板.xlsx";

    /// <summary>The template's XLSX bytes: sheet 登记台账 with its headers and drop-down lists, sheet 填写说明.</summary>
    public static byte[] Build()
    {
        using var stream = new MemoryStream();
        RegisterWorkbook.Write(stream, []);
        return stream.ToArray();
    }
}
