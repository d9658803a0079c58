package cn.liantu.importer.generator;

import cn.liantu.domain.ChainCategory;
import cn.liantu.domain.ChainPosition;
import cn.liantu.domain.KeyLinkType;
import java.util.Arrays;
import java.util.List;

/**
 * The shape of a chain before the seed decides its details: three roots (upstream, midstream,
 * downstream), groups of links under each, and the leaf links. A leaf written {@code 隔膜*M} is a
 * key link of type M (see {@link #keyLinkType}). Flows say which group feeds which; the seed
 * decides which leaves of the two groups are linked.
 */
record ChainTemplate(String id, String name, ChainCategory category, String description, List<GroupFlow> flows,
                     List<Root> roots) {

    record Root(ChainPosition position, String name, List<Group> groups) {
    }

    record Group(String name, List<Leaf> leaves) {
    }

    record GroupFlow(String from, String to) {
    }

    record Leaf(String name, KeyLinkType keyLinkType) {
        boolean keyLink() {
            return keyLinkType != null;
        }
    }

    static ChainTemplate chain(String id, String name, ChainCategory category, String description,
                               List<GroupFlow> flows, Root... roots) {
        return new ChainTemplate(id, name, category, description, flows, List.of(roots));
    }

    /** Group flows written {@code "动力电池材料>三电系统"}. */
    static List<GroupFlow> flows(String... flows) {
        return Arrays.stream(flows).map(flow -> {
            String[] ends = flow.split(">");
            return new GroupFlow(ends[0], ends[1]);
        }).toList();
    }

    static Root root(ChainPosition position, String name, Group... groups) {
        return new Root(position, name, List.of(groups));
    }

    static Group group(String name, String... leaves) {
        return new Group(name, Arrays.stream(leaves).map(ChainTemplate::leaf).toList());
    }

    private static Leaf leaf(String text) {
        int star = text.indexOf('*');
        if (star < 0) {
            return new Leaf(text, null);
        }
        return new Leaf(text.substring(0, star), keyLinkType(text.charAt(star + 1)));
    }

    /** C 核心基础零部件, M 关键基础材料, P 先进基础工艺, T 产业技术基础, S 工业基础软件. */
    private static KeyLinkType keyLinkType(char code) {
        return switch (code) {
            case 'C' -> KeyLinkType.CORE_COMPONENT;
            case 'M' -> KeyLinkType.KEY_MATERIAL;
            case 'P' -> KeyLinkType.ADVANCED_PROCESS;
            case 'T' -> KeyLinkType.TECH_FOUNDATION;
            case 'S' -> KeyLinkType.INDUSTRIAL_SOFTWARE;
            default -> throw new IllegalArgumentException("unknown key link type " + code);
        };
    }

    int leafCount() {
        return roots.stream().flatMap(root -> root.groups().stream()).mapToInt(group -> group.leaves().size()).sum();
    }

    int groupCount() {
        return roots.stream().mapToInt(root -> root.groups().size()).sum();
    }
}
