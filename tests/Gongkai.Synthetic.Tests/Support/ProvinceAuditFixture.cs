namespace Gongkai.Synthetic.Tests.Support;

/// <summary>The default province (seed 1, 1,000 units, 2019–2028) audited once for all tests of the class.</summary>
public sealed class ProvinceAuditFixture
{
    public ProvinceAuditFixture()
    {
        Province = SyntheticProvince.Create();
        Audit = ProvinceAudit.Run(Province);
    }

    public SyntheticProvince Province { get; }

    internal ProvinceAudit Audit { get; }
}
