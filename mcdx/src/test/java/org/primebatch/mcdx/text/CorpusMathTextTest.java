package org.primebatch.mcdx.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.McdxException;
import org.primebatch.mcdx.sheet.MathRegion;
import org.primebatch.mcdx.sheet.Region;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.testing.Corpus;

/** Every math region of every corpus worksheet renders as text. */
class CorpusMathTextTest {
    @Test
    void everyCorpusRegionRenders() throws Exception {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Corpus.dir())) {
            sheets = files.filter(p -> p.toString().endsWith(".mcdx")).sorted().toList();
        }
        assertThat(sheets).isNotEmpty();
        int regions = 0;
        List<String> unknown = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (Path file : sheets) {
            Worksheet sheet;
            try {
                sheet = Worksheet.open(file);
            } catch (McdxException e) {
                continue;
            }
            all.append("### ").append(file.getFileName()).append('\n');
            for (Region region : sheet.regions()) {
                MathRegion math = region.math();
                if (math == null) {
                    continue;
                }
                String text = MathText.of(math.syntax());
                String withValue = MathText.of(math.syntax(), "1.5 m");
                assertThat(text).isNotBlank();
                assertThat(withValue).isNotBlank();
                all.append(withValue).append('\n');
                if (text.contains("‹")) {
                    unknown.add(file.getFileName() + ": " + text);
                }
                regions++;
            }
        }
        assertThat(regions).isGreaterThan(1000);
        if (System.getProperty("mathtext.dump") != null) {
            Files.writeString(Path.of(System.getProperty("mathtext.dump")), all);
        }
        System.out.println("math text of " + regions + " regions; with unknown operators: " + unknown.size());
        unknown.stream().limit(20).forEach(System.out::println);
    }
}
