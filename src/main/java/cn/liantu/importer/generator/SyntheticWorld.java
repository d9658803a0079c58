package cn.liantu.importer.generator;

import cn.liantu.domain.ChainSegment;
import cn.liantu.domain.Product;
import cn.liantu.domain.Region;
import cn.liantu.domain.RegionLevel;
import cn.liantu.domain.SegmentFlow;
import cn.liantu.domain.Technology;
import cn.liantu.importer.RecordType;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a synthetic world in the import format, streaming: only the plan (regions, chains,
 * parks, firm counts per city and link, the largest firms) is held in memory; enterprises, their
 * supply edges and projects are derived one at a time from their numbers and written at once.
 * The same options give byte-identical files; nothing depends on the clock or the machine.
 */
public final class SyntheticWorld {

    public static final String MANIFEST = "manifest.json";
    /** The files a synthetic world has, in import order; the reference-data types it leaves out. */
    public static final List<RecordType> RECORD_TYPES = List.of(RecordType.REGIONS, RecordType.CHAINS,
            RecordType.SEGMENTS, RecordType.SEGMENT_FLOWS, RecordType.PRODUCTS, RecordType.TECHNOLOGIES,
            RecordType.PARKS, RecordType.ENTERPRISES, RecordType.SUPPLIES, RecordType.CHAIN_LEADERS,
            RecordType.RD_INSTITUTIONS, RecordType.PROJECTS);
    /** Indented with \n whatever the platform's line separator, so the bytes never differ. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private final GeneratorOptions options;
    private final GenerationListener listener;
    private final Map<String, Long> rowsByFile = new LinkedHashMap<>();
    private WorldPlan world;

    private SyntheticWorld(GeneratorOptions options, GenerationListener listener) {
        this.options = options;
        this.listener = listener;
    }

    public static GenerationSummary generate(GeneratorOptions options, GenerationListener listener) throws IOException {
        return new SyntheticWorld(options, listener).write();
    }

    private GenerationSummary write() throws IOException {
        Files.createDirectories(options.outputDirectory());
        world = WorldPlan.create(options);
        Firms firms = new Firms(world);
        writeRegions();
        writeChains();
        writeParks();
        writeEnterprisesAndSupplies(firms, RankingGenerator.generate(world, firms));
        try (JsonLinesWriter out = open(RecordType.CHAIN_LEADERS)) {
            for (ChainLeaderPlan leader : ChainLeaderGenerator.generate(world, firms)) {
                out.write(ImportRecords.chainLeader(leader));
            }
            done(out);
        }
        try (JsonLinesWriter out = open(RecordType.RD_INSTITUTIONS)) {
            for (RdInstitutionPlan institution : RdInstitutionGenerator.generate(world)) {
                out.write(ImportRecords.rdInstitution(institution));
            }
            done(out);
        }
        writeProjects(firms);
        writeManifest();
        long bytes = 0;
        for (String file : rowsByFile.keySet()) {
            bytes += Files.size(options.outputDirectory().resolve(file));
        }
        return new GenerationSummary(options.outputDirectory(), rowsByFile, bytes);
    }

    private void writeRegions() throws IOException {
        try (JsonLinesWriter out = open(RecordType.REGIONS)) {
            out.write(ImportRecords.region(new Region(Geography.COUNTRY_CODE, "中国", RegionLevel.COUNTRY, null)));
            for (Geography.Province province : world.geography().provinces()) {
                out.write(ImportRecords.region(new Region(province.code(), province.name(), RegionLevel.PROVINCE,
                        Geography.COUNTRY_CODE)));
            }
            for (Geography.City city : world.geography().cities()) {
                out.write(ImportRecords.region(new Region(city.code(), city.name(), RegionLevel.CITY,
                        world.geography().provinceOf(city).code())));
            }
            for (Geography.City city : world.geography().cities()) {
                for (Region county : city.counties()) {
                    out.write(ImportRecords.region(county));
                }
            }
            done(out);
        }
    }

    private void writeChains() throws IOException {
        ChainCatalog catalog = world.catalog();
        try (JsonLinesWriter out = open(RecordType.CHAINS)) {
            for (var chain : catalog.chains()) {
                out.write(ImportRecords.chain(chain));
            }
            done(out);
        }
        try (JsonLinesWriter out = open(RecordType.SEGMENTS)) {
            for (ChainSegment segment : catalog.segments()) {
                out.write(ImportRecords.segment(segment));
            }
            done(out);
        }
        try (JsonLinesWriter out = open(RecordType.SEGMENT_FLOWS)) {
            for (SegmentFlow flow : catalog.flows()) {
                out.write(ImportRecords.flow(flow));
            }
            done(out);
        }
        try (JsonLinesWriter out = open(RecordType.PRODUCTS)) {
            for (ChainCatalog.LeafLink leaf : catalog.leaves()) {
                for (Product product : leaf.products()) {
                    out.write(ImportRecords.product(product, leaf.segment().id()));
                }
            }
            done(out);
        }
        try (JsonLinesWriter out = open(RecordType.TECHNOLOGIES)) {
            for (ChainCatalog.LeafLink leaf : catalog.leaves()) {
                for (Technology technology : leaf.technologies()) {
                    out.write(ImportRecords.technology(technology, leaf.segment().id()));
                }
            }
            done(out);
        }
    }

    private void writeParks() throws IOException {
        try (JsonLinesWriter out = open(RecordType.PARKS)) {
            for (List<ParkPlan> parks : world.parksByCity()) {
                for (ParkPlan park : parks) {
                    out.write(ImportRecords.park(park, world.catalog()));
                }
            }
            done(out);
        }
    }

    /** One pass over the firms writes both files, so each firm is derived once as a customer. */
    private void writeEnterprisesAndSupplies(Firms firms, Rankings rankings) throws IOException {
        SupplyGenerator supplies = new SupplyGenerator(world, firms);
        try (JsonLinesWriter enterprisesOut = open(RecordType.ENTERPRISES);
             JsonLinesWriter suppliesOut = open(RecordType.SUPPLIES)) {
            for (int number = 0; number < firms.count(); number++) {
                FirmProfile firm = firms.profile(number);
                enterprisesOut.write(ImportRecords.enterprise(firm, rankings.stockCode(number), rankings.of(number),
                        world.catalog()));
                for (SupplyEdge edge : supplies.edgesInto(firm)) {
                    suppliesOut.write(ImportRecords.supply(edge));
                }
            }
            done(enterprisesOut);
            done(suppliesOut);
        }
    }

    private void writeProjects(Firms firms) throws IOException {
        ProjectGenerator projects = new ProjectGenerator(world, firms);
        try (JsonLinesWriter out = open(RecordType.PROJECTS)) {
            for (int number = 0; number < ProjectGenerator.projectCount(options.enterprises()); number++) {
                out.write(ImportRecords.project(projects.project(number)));
            }
            done(out);
        }
    }

    private void writeManifest() throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", "liantu-import");
        manifest.put("version", 1);
        manifest.put("generator", "liantu generate");
        manifest.put("enterprises", options.enterprises());
        manifest.put("seed", options.seed());
        manifest.put("rows", rowsByFile);
        Files.write(options.outputDirectory().resolve(MANIFEST),
                JsonLinesWriter.JSON.writer(PRETTY).writeValueAsBytes(manifest));
    }

    private JsonLinesWriter open(RecordType type) throws IOException {
        return new JsonLinesWriter(options.outputDirectory().resolve(type.fileName()), listener);
    }

    private void done(JsonLinesWriter out) {
        rowsByFile.put(out.fileName(), out.rows());
    }
}
