package org.primebatch.mcdx.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.pkg.McdxPackage;
import org.primebatch.mcdx.sheet.Designation;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.testing.Corpus;

class IntegrationXmlTest {
    @Test
    void writesTheDesignationsOfEveryCorpusWorksheetByteForByteAsMathcadDid() throws IOException {
        List<Path> sheets;
        try (Stream<Path> walk = Files.walk(Corpus.dir())) {
            sheets = walk.filter(p -> p.toString().endsWith(".mcdx")).sorted().toList();
        }
        int designating = 0;
        int compared = 0;
        for (Path file : sheets) {
            McdxPackage pkg;
            try {
                pkg = McdxPackage.open(file);
            } catch (RuntimeException unreadable) {
                continue;
            }
            if (pkg.part(Designation.PART).isEmpty()) {
                continue;
            }
            List<Designation> designations = Worksheet.read(pkg).designations();
            assertThat(IntegrationXml.of(designations)).as(file.toString()).isEqualTo(pkg.part(Designation.PART).orElseThrow());
            compared++;
            designating += designations.isEmpty() ? 0 : 1;
        }
        assertThat(compared).isGreaterThan(70);
        assertThat(designating).as("worksheets with designations, inputs before and after outputs among them").isGreaterThanOrEqualTo(13);
    }

    @Test
    void regionsGoInTheOrderOfTheirIdsWithTheirAliasesEscaped() {
        String xml = new String(IntegrationXml.of(List.of(
                new Designation("out", 9, Designation.Direction.OUTPUT),
                new Designation("a<b", 2, Designation.Direction.INPUT))), StandardCharsets.UTF_8);
        assertThat(xml).isEqualTo("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><regions xmlns=\"http://schemas.ptc.com/integration10\">"
                + "<region region-id=\"2\" ioTagType=\"Input\"><inputAliases><alias>a&lt;b</alias></inputAliases></region>"
                + "<region region-id=\"9\" ioTagType=\"Output\"><outputAliases><alias>out</alias></outputAliases></region></regions>");
        assertThat(new String(IntegrationXml.of(List.of()), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><regions xmlns=\"http://schemas.ptc.com/integration10\" />");
    }
}
