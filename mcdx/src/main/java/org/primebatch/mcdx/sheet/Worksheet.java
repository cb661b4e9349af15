package org.primebatch.mcdx.sheet;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primebatch.mcdx.pkg.McdxPackage;

/**
 * A worksheet as read from its package: calculation settings, designated inputs and outputs, every region (nested
 * ones included) in reading order, and the stored results by result id.
 */
public record Worksheet(String source, CalculationSettings settings, List<Designation> designations,
                        List<Region> topLevelRegions, List<Region> regions, Map<Integer, StoredResult> results) {
    public Worksheet {
        designations = List.copyOf(designations);
        topLevelRegions = List.copyOf(topLevelRegions);
        regions = List.copyOf(regions);
        results = Map.copyOf(results);
    }

    /** Opens and reads a worksheet file; throws {@link org.primebatch.mcdx.McdxException} when it cannot. */
    public static Worksheet open(Path file) {
        return read(McdxPackage.open(file));
    }

    public static Worksheet read(McdxPackage pkg) {
        List<Region> topLevel = new RegionReader(pkg.source()).topLevel(pkg.worksheetXml());
        return new Worksheet(pkg.source(),
                CalculationSettings.read(pkg.xml(CalculationSettings.PART)),
                Designation.read(pkg.xml(Designation.PART)),
                topLevel,
                RegionReader.flatten(topLevel),
                StoredResult.read(pkg.xml(StoredResult.PART)));
    }

    public Optional<Region> region(int id) {
        return regions.stream().filter(r -> r.id() == id).findFirst();
    }

    /** The stored result of a math region, when it has one. */
    public Optional<StoredResult> result(Region region) {
        return region.mathContent().map(MathRegion::resultRef).map(results::get);
    }

    public List<Designation> inputs() {
        return designations.stream().filter(d -> d.direction() == Designation.Direction.INPUT).toList();
    }

    public List<Designation> outputs() {
        return designations.stream().filter(d -> d.direction() == Designation.Direction.OUTPUT).toList();
    }

    /** How many regions of each kind the worksheet holds, nested ones included. */
    public Map<RegionKind, Long> countsByKind() {
        return regions.stream().collect(Collectors.groupingBy(Region::kind, () -> new EnumMap<>(RegionKind.class),
                Collectors.counting()));
    }

    /** Regions by id; should a file repeat an id, the first in reading order wins. */
    public Map<Integer, Region> regionsById() {
        return regions.stream().collect(Collectors.toMap(Region::id, Function.identity(), (a, b) -> a));
    }
}
