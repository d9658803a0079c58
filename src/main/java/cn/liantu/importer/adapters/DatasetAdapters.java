package cn.liantu.importer.adapters;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The adapters of the raw public datasets LianTu can import, found by the files of a folder. */
public final class DatasetAdapters {

    private static final List<DatasetAdapter> ALL = List.of(new RegionAdapter(),
            new IndustryClassificationAdapter(), new ChainKgAdapter(), new DevZoneAdapter());

    private DatasetAdapters() {
    }

    public static List<DatasetAdapter> all() {
        return ALL;
    }

    /** The adapter for the raw dataset in {@code folder}, or empty when it is not one (e.g. the import format). */
    public static Optional<DatasetAdapter> detect(Path folder) {
        return ALL.stream().filter(adapter -> adapter.recognises(folder)).findFirst();
    }
}
