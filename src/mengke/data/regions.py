"""Region names and aliases -> canonical short name, and the province each belongs to.

``CITIES`` maps a prefecture-level city or league of Inner Mongolia to its districts,
banners and counties (a banner counts for its league: 乌拉特中旗 -> 巴彦淖尔).
``PROVINCES`` lists every provincial-level division by short name. Sources: the 2024
administrative division list of the Ministry of Civil Affairs. Names are written
without their suffix (市, 盟, 旗, 县, 区); the matcher adds the suffixes itself.
"""

PROVINCES: tuple[str, ...] = (
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
)

# Provincial-level cities, whose documents say 全市/我市 for themselves.
MUNICIPALITIES: tuple[str, ...] = ("北京", "天津", "上海", "重庆")

# Autonomous regions, whose documents say 全区/我区/自治区 for themselves.
AUTONOMOUS_REGIONS: tuple[str, ...] = ("内蒙古", "广西", "西藏", "宁夏", "新疆")

PROVINCE_CAPITALS: dict[str, str] = {
    "内蒙古": "呼和浩特",
    "河北": "石家庄",
    "山西": "太原",
    "辽宁": "沈阳",
    "吉林": "长春",
    "黑龙江": "哈尔滨",
    "江苏": "南京",
    "浙江": "杭州",
    "安徽": "合肥",
    "福建": "福州",
    "江西": "南昌",
    "山东": "济南",
    "河南": "郑州",
    "湖北": "武汉",
    "湖南": "长沙",
    "广东": "广州",
    "海南": "海口",
    "四川": "成都",
    "贵州": "贵阳",
    "云南": "昆明",
    "陕西": "西安",
    "甘肃": "兰州",
    "青海": "西宁",
    "广西": "南宁",
    "西藏": "拉萨",
    "宁夏": "银川",
    "新疆": "乌鲁木齐",
}

# Inner Mongolia: city or league -> its districts, banners, counties and county-level cities.
CITIES: dict[str, tuple[str, ...]] = {
    "呼和浩特": (
        "新城区",
        "回民区",
        "玉泉区",
        "赛罕区",
        "土默特左旗",
        "托克托县",
        "和林格尔县",
        "和林格尔",
        "清水河县",
        "武川县",
        "和林格尔新区",
        "金山开发区",
        "如意开发区",
        # short names the region's press uses
        "土左旗",
        "托县",
        "和林县",
    ),
    "包头": (
        "东河区",
        "昆都仑区",
        "青山区",
        "石拐区",
        "白云鄂博矿区",
        "九原区",
        "土默特右旗",
        "固阳县",
        "达尔罕茂明安联合旗",
        "达茂旗",
        "稀土高新区",
        "土右旗",
        "白云鄂博",
        "石拐",
    ),
    "乌海": ("海勃湾区", "海勃湾", "海南区", "乌达区"),
    "赤峰": (
        "红山区",
        "元宝山区",
        "松山区",
        "阿鲁科尔沁旗",
        "巴林左旗",
        "巴林右旗",
        "林西县",
        "克什克腾旗",
        "翁牛特旗",
        "喀喇沁旗",
        "宁城县",
        "敖汉旗",
        "阿旗",
        "克旗",
        "翁旗",
        "喀旗",
        "巴林左",
        "巴林右",
        "宁城",
        "敖汉",
    ),
    "通辽": (
        "科尔沁区",
        "霍林郭勒",
        "科尔沁左翼中旗",
        "科尔沁左翼后旗",
        "开鲁县",
        "库伦旗",
        "奈曼旗",
        "扎鲁特旗",
        "科左中旗",
        "科左后旗",
        "扎旗",
        "开鲁",
        "奈曼",
    ),
    "鄂尔多斯": (
        "东胜区",
        "康巴什区",
        "康巴什",
        "达拉特旗",
        "准格尔旗",
        "鄂托克前旗",
        "鄂托克旗",
        "杭锦旗",
        "乌审旗",
        "伊金霍洛旗",
        "准旗",
        "达旗",
        "伊旗",
        "鄂前旗",
        "准格尔",
        "乌审",
    ),
    "呼伦贝尔": (
        "海拉尔区",
        "扎赉诺尔区",
        "满洲里",
        "牙克石",
        "扎兰屯",
        "额尔古纳",
        "根河",
        "阿荣旗",
        "莫力达瓦达斡尔族自治旗",
        "鄂伦春自治旗",
        "鄂温克族自治旗",
        "陈巴尔虎旗",
        "新巴尔虎左旗",
        "新巴尔虎右旗",
        "莫旗",
        "鄂伦春旗",
        "鄂温克旗",
        "陈旗",
        "新左旗",
        "新右旗",
    ),
    "巴彦淖尔": (
        "临河区",
        "五原县",
        "磴口县",
        "乌拉特前旗",
        "乌拉特中旗",
        "乌拉特后旗",
        "杭锦后旗",
        "乌前旗",
        "乌中旗",
        "乌后旗",
        "杭后旗",
        "磴口",
        "五原",
    ),
    "乌兰察布": (
        "集宁区",
        "丰镇",
        "卓资县",
        "化德县",
        "商都县",
        "兴和县",
        "凉城县",
        "察哈尔右翼前旗",
        "察哈尔右翼中旗",
        "察哈尔右翼后旗",
        "四子王旗",
        "察右前旗",
        "察右中旗",
        "察右后旗",
    ),
    "兴安盟": (
        "乌兰浩特",
        "阿尔山",
        "科尔沁右翼前旗",
        "科尔沁右翼中旗",
        "扎赉特旗",
        "突泉县",
        "科右前旗",
        "科右中旗",
        "突泉",
    ),
    "锡林郭勒": (
        "二连浩特",
        "锡林浩特",
        "阿巴嘎旗",
        "苏尼特左旗",
        "苏尼特右旗",
        "东乌珠穆沁旗",
        "西乌珠穆沁旗",
        "太仆寺旗",
        "镶黄旗",
        "正镶白旗",
        "正蓝旗",
        "多伦县",
        "东乌旗",
        "西乌旗",
        "苏左旗",
        "苏右旗",
        "太旗",
    ),
    "阿拉善": ("阿拉善左旗", "阿拉善右旗", "额济纳旗", "阿左旗", "阿右旗", "额济纳"),
}

# The prefecture-level cities (and a few prefectures) of every other province, by province,
# without their suffix: a story about 芜湖 or 蚌埠 gets its city, and the province follows.
# Inner Mongolia's cities, with their districts and banners, are in CITIES above.
PREFECTURES: dict[str, tuple[str, ...]] = {
    "河北": ("石家庄", "唐山", "秦皇岛", "邯郸", "邢台", "保定", "张家口", "承德", "沧州", "廊坊", "衡水"),
    "山西": ("太原", "大同", "阳泉", "长治", "晋城", "朔州", "晋中", "运城", "忻州", "临汾", "吕梁"),
    "辽宁": (
        *("沈阳", "大连", "鞍山", "抚顺", "本溪", "丹东", "锦州", "营口", "阜新", "辽阳", "盘锦", "铁岭"),
        *("朝阳", "葫芦岛"),
    ),
    "吉林": ("长春", "四平", "辽源", "通化", "白山", "松原", "白城", "延边"),
    "黑龙江": (
        *("哈尔滨", "齐齐哈尔", "鸡西", "鹤岗", "双鸭山", "大庆", "伊春", "佳木斯", "七台河", "牡丹江"),
        *("黑河", "绥化", "大兴安岭"),
    ),
    "江苏": ("南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁"),
    "浙江": ("杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水"),
    "安徽": (
        *("合肥", "芜湖", "蚌埠", "淮南", "马鞍山", "淮北", "铜陵", "安庆", "黄山", "滁州", "阜阳", "宿州"),
        *("六安", "亳州", "池州", "宣城"),
    ),
    "福建": ("福州", "厦门", "莆田", "三明", "泉州", "漳州", "南平", "龙岩", "宁德"),
    "江西": ("南昌", "景德镇", "萍乡", "九江", "新余", "鹰潭", "赣州", "吉安", "宜春", "抚州", "上饶"),
    "山东": (
        *("济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照", "临沂"),
        *("德州", "聊城", "滨州", "菏泽"),
    ),
    "河南": (
        *("郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡", "焦作", "濮阳", "许昌", "漯河", "三门峡"),
        *("南阳", "商丘", "信阳", "周口", "驻马店", "济源"),
    ),
    "湖北": ("武汉", "黄石", "十堰", "宜昌", "襄阳", "鄂州", "荆门", "孝感", "荆州", "黄冈", "咸宁", "随州", "恩施"),
    "湖南": (
        *("长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州", "永州", "怀化", "娄底"),
        *("湘西",),
    ),
    "广东": (
        *("广州", "韶关", "深圳", "珠海", "汕头", "佛山", "江门", "湛江", "茂名", "肇庆", "惠州", "梅州"),
        *("汕尾", "河源", "阳江", "清远", "东莞", "中山", "潮州", "揭阳", "云浮"),
    ),
    "广西": (
        *("南宁", "柳州", "桂林", "梧州", "北海", "防城港", "钦州", "贵港", "玉林", "百色", "贺州", "河池"),
        *("来宾", "崇左"),
    ),
    "海南": ("海口", "三亚", "三沙", "儋州"),
    "四川": (
        *("成都", "自贡", "攀枝花", "泸州", "德阳", "绵阳", "广元", "遂宁", "内江", "乐山", "南充", "眉山"),
        *("宜宾", "广安", "达州", "雅安", "巴中", "资阳", "凉山", "甘孜", "阿坝"),
    ),
    "贵州": ("贵阳", "六盘水", "遵义", "安顺", "毕节", "铜仁", "黔东南", "黔南", "黔西南"),
    "云南": (
        *("昆明", "曲靖", "玉溪", "保山", "昭通", "丽江", "普洱", "临沧", "大理", "红河", "西双版纳"),
        *("德宏", "怒江", "文山", "楚雄", "迪庆"),
    ),
    "西藏": ("拉萨", "日喀则", "昌都", "林芝", "山南", "那曲"),
    "陕西": ("西安", "铜川", "宝鸡", "咸阳", "渭南", "延安", "汉中", "榆林", "安康", "商洛"),
    "甘肃": (
        *("兰州", "嘉峪关", "金昌", "白银", "天水", "武威", "张掖", "平凉", "酒泉", "庆阳", "定西", "陇南"),
        *("临夏", "甘南"),
    ),
    "青海": ("西宁", "海东", "果洛", "海北", "海西", "玉树", "黄南"),
    "宁夏": ("银川", "石嘴山", "吴忠", "固原", "中卫"),
    "新疆": (
        *("乌鲁木齐", "克拉玛依", "吐鲁番", "哈密", "昌吉", "阿克苏", "喀什", "和田", "伊犁"),
        *("博尔塔拉", "塔城", "阿勒泰", "克孜勒苏", "巴音郭楞"),
    ),
    "台湾": ("台北", "新北", "桃园", "台中", "台南", "高雄", "基隆", "新竹", "嘉义"),
}

# City names that are also common words or parts of them (白银 silver, 中山大学, 朝阳产业,
# 长治久安, 三明治, 大理石, 平台中): they count only with their suffix (白银市).
NEEDS_SUFFIX: frozenset[str] = frozenset(
    {"白银", "中山", "朝阳", "长治", "安康", "三明", "日照", "来宾", "大理", "红河", "北海", "大同"}
    | {"山南", "海东", "河源", "台中", "台南", "新北", "普洱", "黄山", "吉安", "玉林", "恩施", "伊犁"}
    | {"文山", "海西", "海北", "玉树", "怒江"}  # 文山会海, 海西经济区, 玉树临风, the river
)

# Autonomous prefectures, also written with 州 (湘西州, 凉山州).
AUTONOMOUS_PREFECTURES: frozenset[str] = frozenset(
    {"延边", "恩施", "湘西", "黔东南", "黔南", "黔西南", "红河", "西双版纳", "德宏", "怒江", "文山", "楚雄", "迪庆"}
    | {"凉山", "甘孜", "阿坝", "临夏", "甘南", "果洛", "海北", "海西", "玉树", "黄南", "昌吉", "伊犁", "博尔塔拉"}
    | {"克孜勒苏", "巴音郭楞", "大理"}
)

# Names a province-level division goes by in its own press (本港, 港府).
PROVINCE_ALIASES: dict[str, str] = {"本港": "香港", "港府": "香港", "本澳": "澳门", "澳府": "澳门"}

# Other names a city goes by in the press.
CITY_ALIASES: dict[str, str] = {
    "呼市": "呼和浩特",
    "青城": "呼和浩特",
    "鹿城": "包头",
    "呼和浩特市": "呼和浩特",
    "包头市": "包头",
    "乌海市": "乌海",
    "赤峰市": "赤峰",
    "通辽市": "通辽",
    "鄂尔多斯市": "鄂尔多斯",
    "呼伦贝尔市": "呼伦贝尔",
    "巴彦淖尔市": "巴彦淖尔",
    "乌兰察布市": "乌兰察布",
    "锡林郭勒盟": "锡林郭勒",
    "阿拉善盟": "阿拉善",
}

# State-level new areas (国家级新区), district-like: each counts for the city that runs it
# (两江新区 -> 重庆, 西咸新区 -> 西安); 雄安 is its own.
NEW_AREAS: dict[str, tuple[str, str]] = {
    "两江新区": ("重庆", "重庆"),
    "舟山群岛新区": ("舟山", "浙江"),
    "南沙新区": ("广州", "广东"),
    "西咸新区": ("西安", "陕西"),
    "贵安新区": ("贵阳", "贵州"),
    "西海岸新区": ("青岛", "山东"),
    "金普新区": ("大连", "辽宁"),
    "天府新区": ("成都", "四川"),
    "湘江新区": ("长沙", "湖南"),
    "江北新区": ("南京", "江苏"),
    "福州新区": ("福州", "福建"),
    "滇中新区": ("昆明", "云南"),
    "哈尔滨新区": ("哈尔滨", "黑龙江"),
    "长春新区": ("长春", "吉林"),
    "赣江新区": ("南昌", "江西"),
    "雄安新区": ("雄安", "河北"),
    "雄安": ("雄安", "河北"),
}

# Words that mean "the region this text is about" (全区) or "the city" (全市, 首府).
PROVINCE_SELF: tuple[str, ...] = ("全区", "我区", "自治区", "全自治区", "全省", "我省", "本省", "该省")
# 全区 is the autonomous region in Inner Mongolia, Guangxi, Tibet, Ningxia and Xinjiang, but a
# district (which counts for its city) on a page about a district of any other province.
DISTRICT_SELF: tuple[str, ...] = ("全区", "我区", "本区")
# What a county's or banner's page calls it (全县, 我旗), and a league's page its league (全盟):
# like 全市, the place named last before them, which counts for its city or league.
COUNTY_SELF: tuple[str, ...] = (
    "全县",
    "我县",
    "本县",
    "该县",
    "全旗",
    "我旗",
    "本旗",
    "该旗",
    "全盟",
    "我盟",
    "本盟",
    "该盟",
)
CITY_SELF: tuple[str, ...] = ("全市", "我市", "本市", "该市", "首府", "市本级", "市府", *COUNTY_SELF)
# The city words that mean the city named last before them (not simply the story's city).
CITY_SELF_NEAREST: frozenset[str] = frozenset({"全市", "我市", "本市", "该市", *COUNTY_SELF})
NATION_SELF: tuple[str, ...] = ("全国", "我国", "全国范围")
# The self-words that count as votes for a story's province or city when its region is weighed
# (全区…全区…全区 in the body: the province's news; not 自治区级, 自治区科技厅).
PROVINCE_VOTES: frozenset[str] = frozenset(("全区", "全省", "我区", "我省", "全自治区"))
CITY_VOTES: frozenset[str] = frozenset(("全市", "我市", "本市", "首府"))
# Areas of several provinces or cities (京津冀, 长三角): a figure about one of them is about
# no single region of the table, and the area's name is not part of what is measured.
MACRO_REGIONS: tuple[str, ...] = (
    "京津冀",
    "长三角",
    "珠三角",
    "粤港澳大湾区",
    "大湾区",
    "成渝地区双城经济圈",
    "成渝地区",
    "成渝",
    "长江经济带",
    "黄河流域",
    "长江中游城市群",
    "关中平原城市群",
    "东部地区",
    "中部地区",
    "西部地区",
    "东北地区",
    "中西部地区",
    "呼包鄂乌",
    "呼包鄂榆",
    "呼包鄂",
    "蒙东",
    "蒙西",
    "沿黄",
)

# Agencies and papers that open a dateline with the place filed from (新华社北京11月15日电).
WIRE_AGENCIES: tuple[str, ...] = (
    "新华社",
    "中新社",
    "中新网",
    "人民网",
    "央视网",
    "央广网",
    "光明网",
    "中国新闻网",
    "本报",
    "本刊",
    "本台",
)

# Bodies of the central government: a headline naming one (科技部等六部门印发…) is national news.
NATIONAL_BODIES: tuple[str, ...] = (
    "国务院",
    "党中央",
    "中共中央",
    "全国人大",
    "科技部",
    "工业和信息化部",
    "工信部",
    "国家发展改革委",
    "国家发改委",
    "财政部",
    "教育部",
    "人力资源社会保障部",
    "人社部",
    "商务部",
    "农业农村部",
    "国家统计局",
    "国家知识产权局",
    "国家数据局",
    "中国科学院",
    "中科院",
    "中国工程院",
    "国家自然科学基金委",
)

# where 全国 on a page about the place means the place itself (Taiwan's outlets: 全國研發經費)
NATION_SELF_MEANS_PLACE: frozenset[str] = frozenset({"台湾"})

# Words only a page about one province uses, counted as a mention of it when the page names
# few places (Taiwan's outlets write 我國 and 國科會, and rarely 臺灣): its currency, its bodies.
PROVINCE_MARKERS: dict[str, str] = {
    "新台币": "台湾",
    "行政院": "台湾",
    "立法院": "台湾",
    "国科会": "台湾",
    "国发会": "台湾",
    "中研院": "台湾",
    "工研院": "台湾",
    # the units of Inner Mongolia's own administration, named by no other province
    "盟市": "内蒙古",
    "旗县": "内蒙古",
    "嘎查": "内蒙古",
    "苏木": "内蒙古",
    "科技兴蒙": "内蒙古",
}

# Verbs after 在/于 + a place that make it the venue of an event (在北京召开), not the subject.
VENUE_VERBS: tuple[str, ...] = ("召开", "举行", "开幕", "闭幕")
