package cn.liantu.importer.adapters;

import cn.liantu.domain.Region;
import java.util.List;

/** What an adapter may need from the graph it imports into: the regions, to match place names. */
public record ReferenceData(List<Region> regions) {

    public ReferenceData {
        regions = List.copyOf(regions);
    }

    public static ReferenceData none() {
        return new ReferenceData(List.of());
    }
}
