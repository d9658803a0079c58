package cn.liantu.importer.generator;

import static cn.liantu.domain.ChainCategory.CHARACTERISTIC;
import static cn.liantu.domain.ChainCategory.EMERGING;
import static cn.liantu.domain.ChainCategory.FUTURE;
import static cn.liantu.domain.ChainCategory.LEADING;
import static cn.liantu.domain.ChainPosition.DOWNSTREAM;
import static cn.liantu.domain.ChainPosition.MIDSTREAM;
import static cn.liantu.domain.ChainPosition.UPSTREAM;
import static cn.liantu.importer.generator.ChainTemplate.chain;
import static cn.liantu.importer.generator.ChainTemplate.flows;
import static cn.liantu.importer.generator.ChainTemplate.group;
import static cn.liantu.importer.generator.ChainTemplate.root;

import java.util.List;

/**
 * The chains a synthetic world draws from: ten chains Chinese cities commonly steer by, each with
 * 12–15 leaf links in 4–6 groups, so a chain has 15–25 segments whether it keeps its group level
 * (3 levels) or not (2 levels).
 */
final class ChainTemplates {

    static final List<ChainTemplate> ALL = List.of(
            chain("nev", "新能源汽车", LEADING, "动力电池、电驱电控、整车制造与充换电服务",
                    flows("动力电池材料>三电系统", "核心零部件>三电系统", "三电系统>整车制造", "整车制造>后市场与服务"),
                    root(UPSTREAM, "关键材料与零部件",
                            group("动力电池材料", "正极材料*M", "负极材料", "电解液", "隔膜*M"),
                            group("核心零部件", "驱动电机", "功率半导体*C", "车规级芯片*C")),
                    root(MIDSTREAM, "三电系统与整车",
                            group("三电系统", "动力电池", "电驱总成", "整车控制器*S"),
                            group("整车制造", "乘用车", "商用车")),
                    root(DOWNSTREAM, "应用与服务",
                            group("后市场与服务", "充换电设施", "电池回收利用"))),
            chain("material", "新材料", EMERGING, "先进金属、高分子与无机非金属材料及其应用",
                    flows("基础原料>先进金属材料", "基础原料>先进高分子材料", "基础原料>先进无机非金属材料",
                            "先进金属材料>应用领域", "先进高分子材料>应用领域", "先进无机非金属材料>应用领域"),
                    root(UPSTREAM, "基础原料",
                            group("基础原料", "高纯金属原料", "稀土原料", "石化基础原料")),
                    root(MIDSTREAM, "材料制造",
                            group("先进金属材料", "高温合金*M", "钛合金", "高性能铝合金"),
                            group("先进高分子材料", "工程塑料", "特种橡胶", "高性能纤维*M"),
                            group("先进无机非金属材料", "特种陶瓷", "电子玻璃")),
                    root(DOWNSTREAM, "材料应用",
                            group("应用领域", "航空航天结构件", "电子信息器件", "新能源装备部件"))),
            chain("electronics", "电子信息", LEADING, "电子材料与元器件、整机制造、软件与信息服务",
                    flows("电子材料>电子元器件", "电子元器件>模组", "电子元器件>整机制造", "模组>整机制造",
                            "整机制造>软件与服务"),
                    root(UPSTREAM, "电子材料与元器件",
                            group("电子材料", "电子级硅片*M", "光刻胶*M", "电子特气"),
                            group("电子元器件", "集成电路*C", "被动元件", "显示面板")),
                    root(MIDSTREAM, "整机与模组",
                            group("整机制造", "智能手机", "计算机与服务器", "通信设备"),
                            group("模组", "摄像头模组", "电源模块")),
                    root(DOWNSTREAM, "软件与信息服务",
                            group("软件与服务", "工业软件*S", "云计算服务"))),
            chain("equipment", "高端装备制造", LEADING, "基础零部件与工艺、数控机床、工程机械与机器人",
                    flows("基础零部件>数控机床", "基础零部件>工程机械", "基础零部件>机器人", "基础工艺>数控机床",
                            "基础工艺>工程机械", "数控机床>装备服务", "工程机械>装备服务", "机器人>装备服务"),
                    root(UPSTREAM, "基础零部件与工艺",
                            group("基础零部件", "精密轴承*C", "液压件", "齿轮传动件", "密封件"),
                            group("基础工艺", "精密铸锻件*P", "热处理*P")),
                    root(MIDSTREAM, "整机装备",
                            group("数控机床", "数控系统*S", "数控机床整机"),
                            group("工程机械", "挖掘机械", "起重机械"),
                            group("机器人", "减速器*C", "工业机器人")),
                    root(DOWNSTREAM, "集成与服务",
                            group("装备服务", "智能制造系统集成", "装备再制造"))),
            chain("biomed", "生物医药", EMERGING, "原料与制药装备、药品与医疗器械、流通与服务",
                    flows("原料与装备>药品", "原料与装备>医疗器械", "药品>流通与服务", "医疗器械>流通与服务"),
                    root(UPSTREAM, "原料与装备",
                            group("原料与装备", "医药中间体", "原料药", "生物试剂*M", "制药装备")),
                    root(MIDSTREAM, "药品与器械",
                            group("药品", "化学药制剂", "生物药", "中成药"),
                            group("医疗器械", "医学影像设备*C", "体外诊断试剂", "高值医用耗材")),
                    root(DOWNSTREAM, "流通与服务",
                            group("流通与服务", "医药流通", "医药研发外包*T", "医疗服务"))),
            chain("solar", "光伏与储能", EMERGING, "硅料与辅材、电池组件与储能、电站与运维",
                    flows("硅料与辅材>电池与组件", "电池与组件>电站与运维", "储能系统>电站与运维"),
                    root(UPSTREAM, "硅料与辅材",
                            group("硅料与辅材", "多晶硅*M", "光伏玻璃", "光伏银浆*M", "光伏胶膜")),
                    root(MIDSTREAM, "电池组件与储能",
                            group("电池与组件", "单晶硅片", "光伏电池片*P", "光伏组件"),
                            group("储能系统", "储能电池", "储能变流器*C", "光伏逆变器")),
                    root(DOWNSTREAM, "电站与运维",
                            group("电站与运维", "集中式光伏电站", "分布式光伏", "智能运维平台*S"))),
            chain("chips", "集成电路", FUTURE, "材料与设备、设计、制造与封装测试",
                    flows("半导体材料>晶圆制造", "半导体设备>晶圆制造", "芯片设计>晶圆制造", "晶圆制造>封装测试",
                            "半导体材料>封装测试", "封装测试>芯片应用"),
                    root(UPSTREAM, "材料与设备",
                            group("半导体材料", "大尺寸硅片*M", "半导体光刻胶*M", "溅射靶材", "湿电子化学品"),
                            group("半导体设备", "光刻设备*C", "刻蚀设备", "薄膜沉积设备")),
                    root(MIDSTREAM, "设计制造封测",
                            group("芯片设计", "EDA工具*S", "IP核", "芯片设计服务"),
                            group("晶圆制造", "晶圆代工*P"),
                            group("封装测试", "传统封装测试", "先进封装*P")),
                    root(DOWNSTREAM, "芯片应用",
                            group("芯片应用", "消费电子芯片应用", "汽车电子芯片应用"))),
            chain("food", "现代食品", CHARACTERISTIC, "农产品原料、食品加工、冷链与销售",
                    flows("农产品原料>食品加工", "辅料与包装>食品加工", "食品加工>流通与消费"),
                    root(UPSTREAM, "原料与辅料",
                            group("农产品原料", "粮食种植", "畜禽养殖", "果蔬种植"),
                            group("辅料与包装", "食品添加剂", "食品包装材料")),
                    root(MIDSTREAM, "食品加工",
                            group("食品加工", "粮油加工", "肉制品加工", "乳制品", "休闲食品", "饮料制造")),
                    root(DOWNSTREAM, "流通与消费",
                            group("流通与消费", "冷链物流", "商超零售", "食品电商"))),
            chain("appliance", "智能家电", CHARACTERISTIC, "核心零部件、整机制造与智能模块、销售与服务",
                    flows("核心零部件>整机制造", "智能模块>整机制造", "整机制造>销售与服务"),
                    root(UPSTREAM, "核心零部件",
                            group("核心零部件", "压缩机*C", "家电电机", "控制板", "钣金与注塑件")),
                    root(MIDSTREAM, "整机与智能模块",
                            group("整机制造", "空调", "冰箱", "洗衣机", "厨房小家电"),
                            group("智能模块", "智能控制模块*S", "家电传感器")),
                    root(DOWNSTREAM, "销售与服务",
                            group("销售与服务", "家电零售", "家电售后服务", "家电回收"))),
            chain("aerospace", "航空航天", FUTURE, "航空材料与元器件、发动机与机载设备、整机与运营服务",
                    flows("航空材料>航空部件", "航空元器件>航空部件", "航空元器件>整机制造", "航空部件>整机制造",
                            "整机制造>运营与服务"),
                    root(UPSTREAM, "材料与元器件",
                            group("航空材料", "航空铝材", "碳纤维复合材料*M", "航空高温合金*M"),
                            group("航空元器件", "航空电子元器件*C", "航空轴承")),
                    root(MIDSTREAM, "部件与整机",
                            group("航空部件", "航空发动机*C", "机载设备", "机体结构件"),
                            group("整机制造", "通用飞机", "工业无人机")),
                    root(DOWNSTREAM, "运营与服务",
                            group("运营与服务", "通航运营", "航空维修", "卫星应用服务"))));

    private ChainTemplates() {
    }
}
