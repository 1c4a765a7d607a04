namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>Fictional issuing bodies of every kind that publishes an annual report.</summary>
/// <remarks>
/// Data table. Place names are made of two syllables from the lists below, so that no name is that of an agency in
/// the shared corpus; the body names are the usual ones of county, city and provincial governments.
/// </remarks>
internal static class RandomAgencies
{
    private static readonly string[] First = ["云", "青", "梧", "枫", "柳", "桐", "澄", "汀", "岚", "砚", "霁", "苇", "棠", "栖", "鹭", "芷", "榆", "槐", "黛", "莲", "禾", "渚", "璃", "檀"];

    private static readonly string[] Second = ["川", "湾", "桥", "浦", "阳", "宁", "源", "台", "塘", "泽", "沙", "屿", "岗", "坪", "渡", "滩", "陵", "洲", "岩", "圩", "溪", "山"];

    private static readonly string[] Provinces = ["江南省", "云岭省", "海西省", "北原省"];

    private static readonly string[] TownStems = ["城关", "东关", "河口", "石桥", "白沙", "青龙", "马坊", "柳林", "杨庄", "李集", "王店", "枣林", "三河", "五里", "七星", "九龙", "十字", "大营", "双桥", "红星"];

    private static readonly string[] Departments =
    [
        "教育局", "公安局", "财政局", "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局", "卫生健康委员会",
        "发展和改革委员会", "市场监督管理局", "民政局", "司法局", "人力资源和社会保障局", "农业农村局", "水利局", "商务局",
        "文化广电和旅游局", "应急管理局", "统计局", "审计局", "退役军人事务局", "医疗保障局", "行政审批服务局", "综合行政执法局",
        "信访局", "民族宗教事务委员会", "机关事务服务中心", "人民政府外事办公室", "地方金融监督管理局", "大数据局", "林业局",
        "科学技术局", "工业和信息化局", "城市管理局", "人民政府办公室", "国有资产监督管理委员会", "粮食和物资储备局",
    ];

    private static readonly string[] ProvinceDepartments =
    [
        "教育厅", "公安厅", "财政厅", "自然资源厅", "生态环境厅", "住房和城乡建设厅", "交通运输厅", "卫生健康委员会", "民政厅",
        "司法厅", "人力资源和社会保障厅", "农业农村厅", "水利厅", "商务厅", "文化和旅游厅", "应急管理厅", "市场监督管理局", "人民政府办公厅",
    ];

    // A department that also bears a second name (挂牌), printed in brackets after the first.
    private static readonly (string Department, string Second)[] DoubleNames =
    [
        ("应急管理局", "地震局"), ("人民政府办公室", "外事办公室"), ("民族宗教事务委员会", "宗教事务局"), ("商务局", "粮食局"),
    ];

    private static readonly string[] Zones =
    [
        "高新技术产业开发区管理委员会", "经济技术开发区管理委员会", "高新区管委会", "经济开发区管委会", "工业园区管理委员会",
        "综合保税区管理委员会", "新区管理委员会", "生态旅游度假区管理委员会",
    ];

    /// <summary>A body's name: a government, a department, a town or street office, or a development zone.</summary>
    public static string Next(Random random)
    {
        var place = Place(random);
        var level = random.Pick(["县", "区", "市"]);
        return random.Next(12) switch
        {
            0 or 1 => $"{place}{level}人民政府",
            2 or 3 or 4 => $"{place}{level}{random.Pick(Departments)}",
            5 => $"{random.Pick(Provinces)}{random.Pick(ProvinceDepartments)}",
            6 => $"{(random.Chance(0.5) ? place + "县" : "")}{Town(random)}镇人民政府",
            7 => $"{Town(random)}乡人民政府",
            8 => $"{(random.Chance(0.5) ? place + "区" : "")}{Town(random)}街道办事处",
            9 => $"{place}{random.Pick(Zones)}",
            10 => $"{place}市{Place(random)}区{random.Pick(Departments)}",
            _ => DoubleName(random, place, level),
        };
    }

    private static string DoubleName(Random random, string place, string level)
    {
        var (department, second) = random.Pick(DoubleNames);
        return $"{place}{level}{department}（{level}{second}）";
    }

    private static string Place(Random random) => random.Pick(First) + random.Pick(Second);

    private static string Town(Random random) => random.Chance(0.5) ? random.Pick(TownStems) : Place(random);
}
