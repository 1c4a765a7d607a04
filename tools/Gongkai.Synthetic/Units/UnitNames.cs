namespace Gongkai.Synthetic.Units;

/// <summary>The fictional place and body names the province is built from.</summary>
/// <remarks>Data table. Every full name starts with the fictional 江南省 or one of its cities, so no real agency is named.</remarks>
internal static class UnitNames
{
    public const string Province = "江南省";

    public const string ProvinceCode = "JN";

    public static IReadOnlyList<(string Name, string Code)> Cities { get; } =
    [
        ("东山市", "DS"), ("南湖市", "NH"), ("西岭市", "XL"), ("北原市", "BY"),
        ("青川市", "QC"), ("云溪市", "YX"), ("临江市", "LJ"), ("白石市", "BS"),
    ];

    // Unique across the province, so that the short aliases (西湖区政府) are unique too; codes differ from the departments' and zones'.
    public static IReadOnlyList<(string Name, string Code)> Counties { get; } =
    [
        ("西湖区", "XH"), ("东城区", "DC"), ("南山县", "NS"), ("北塘区", "BT"), ("青山县", "QS"),
        ("石门县", "SM"), ("桃源县", "TY"), ("柳河县", "LH"), ("清水县", "QSH"), ("长宁区", "CN"),
        ("安平县", "AP"), ("永和县", "YH"), ("金城区", "JC"), ("玉泉区", "YQ"), ("凤鸣县", "FM"),
        ("双河县", "SH"), ("新华区", "XHU"), ("和平区", "HP"), ("平安县", "PA"), ("龙泉区", "LQ"),
        ("松溪县", "SX"), ("竹山县", "ZS"), ("梅岭区", "ML"), ("兰溪县", "LX"), ("白沙区", "BSH"),
        ("红旗区", "HQ"), ("太平县", "TP"), ("广福县", "GF"), ("宁远县", "NYX"), ("丰收区", "FS"),
        ("黄岗县", "HG"), ("银湖区", "YHU"), ("望江县", "WJX"), ("瑞安区", "RA"), ("嘉禾县", "JH"),
        ("福田县", "FT"), ("文昌区", "WC"), ("武陵县", "WLX"), ("上林县", "SLX"), ("下关区", "XG"),
    ];

    // (code, a provincial department's name, a city's or county's department's name)
    public static IReadOnlyList<(string Code, string ProvinceName, string LocalName)> Departments { get; } =
    [
        ("JY", "教育厅", "教育局"), ("GA", "公安厅", "公安局"), ("CZ", "财政厅", "财政局"),
        ("ZR", "自然资源厅", "自然资源局"), ("HB", "生态环境厅", "生态环境局"), ("ZJ", "住房和城乡建设厅", "住房和城乡建设局"),
        ("JT", "交通运输厅", "交通运输局"), ("WJ", "卫生健康委员会", "卫生健康委员会"), ("SJ", "市场监督管理局", "市场监督管理局"),
        ("MZ", "民政厅", "民政局"), ("SF", "司法厅", "司法局"), ("RS", "人力资源和社会保障厅", "人力资源和社会保障局"),
        ("NY", "农业农村厅", "农业农村局"), ("SL", "水利厅", "水利局"), ("SW", "商务厅", "商务局"),
        ("WL", "文化和旅游厅", "文化和旅游局"), ("YJ", "应急管理厅", "应急管理局"), ("FG", "发展和改革委员会", "发展和改革委员会"),
        ("KJ", "科学技术厅", "科学技术局"), ("TJ", "统计局", "统计局"),
    ];

    // (code, name after the city's name, alias after the city's name)
    public static IReadOnlyList<(string Code, string Name, string Alias)> Zones { get; } =
    [
        ("GX", "高新技术产业开发区管理委员会", "高新区管委会"),
        ("JK", "经济技术开发区管理委员会", "经开区管委会"),
        ("ZB", "综合保税区管理委员会", "综保区管委会"),
    ];

    public static IReadOnlyList<string> TownStems { get; } =
    [
        "城关", "东关", "西关", "南门", "北门", "新城", "河口", "石桥", "白沙", "青龙",
        "马坊", "柳林", "杨庄", "李集", "王店", "枣林", "桃园", "花园", "长岭", "高桥",
        "三河", "五里", "七星", "九龙", "十字", "大营", "小河", "双桥", "黄土", "红星",
    ];

    // 镇 and 乡 are governments (人民政府); 街道 is a street office (办事处).
    public static IReadOnlyList<string> TownKinds { get; } = ["镇", "镇", "乡", "街道"];
}
