package cn.liantu.importer.adapters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Converts one kind of raw public dataset into records of the import format. */
public interface DatasetAdapter {

    /** Short name, the folder name the dataset is published under, e.g. chain-kg. */
    String name();

    /** The files the adapter reads; a folder holding all of them is recognised as this dataset. */
    List<String> fileNames();

    /** Whether the adapter matches place names against regions already in the graph. */
    default boolean needsRegions() {
        return false;
    }

    /** Converts the files; quirks of the data become issues, never exceptions. */
    AdaptedDataset convert(RawFiles files, ReferenceData reference);

    default boolean recognises(Path folder) {
        return fileNames().stream().allMatch(name -> Files.isRegularFile(folder.resolve(name)));
    }

    default AdaptedDataset convert(Path folder, ReferenceData reference) {
        return convert(RawFiles.read(folder, fileNames()), reference);
    }
}
