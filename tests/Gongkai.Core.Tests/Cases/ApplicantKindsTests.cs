using Gongkai.Core.Cases;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Tests.Cases;

public sealed class ApplicantKindsTests
{
    [Fact]
    public void Each_kind_is_one_applicant_column_of_the_template_in_order()
    {
        Assert.Equal(RequestsTemplate.ApplicantColumns, ApplicantKinds.All.Select(ApplicantKinds.Column));
    }

    [Fact]
    public void Labels_come_from_the_template()
    {
        Assert.Equal(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], ApplicantKinds.All.Select(ApplicantKinds.Label));
    }
}
