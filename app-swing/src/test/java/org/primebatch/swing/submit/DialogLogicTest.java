package org.primebatch.swing.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.CaseValue;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.OverwritePolicy;
import org.primebatch.api.Priority;
import org.primebatch.cases.CaseTable;
import org.primebatch.cases.Column;

/** What the New batch dialog remembers, asks and where its choosers start, without a window. */
class DialogLogicTest {
    @TempDir
    Path dir;

    private static final NewBatchSettings LEFT = new NewBatchSettings("/work/beam.mcdx", "not remembered", "echo", Priority.HIGH,
            List.of("mcdx", "merged-pdf"), "/work/out", "{case}_L{L}", OverwritePolicy.KEEP, "utilisation <= 1", "/work/cases");

    @Test
    void theSettingsLeftComeBackButTheBatchName() {
        LEFT.save(dir.resolve("client"));
        NewBatchSettings back = NewBatchSettings.load(dir.resolve("client"));
        assertThat(back.name()).isNull();
        assertThat(back).usingRecursiveComparison().ignoringFields("name").isEqualTo(LEFT);
    }

    @Test
    void noFileADamagedFileOrADamagedEntryGivesTheDefaults() throws Exception {
        assertThat(NewBatchSettings.load(dir)).isEqualTo(NewBatchSettings.DEFAULTS);
        Files.writeString(dir.resolve(NewBatchSettings.FILE), "engine=echo\n\\u12");
        assertThat(NewBatchSettings.load(dir)).isEqualTo(NewBatchSettings.DEFAULTS);
        Files.writeString(dir.resolve(NewBatchSettings.FILE), "engine=steam\npriority=urgent\noverwrite=maybe\nexports=pdf,png\noutDir=/out\n");
        NewBatchSettings partly = NewBatchSettings.load(dir);
        assertThat(partly.engine()).isEqualTo("auto");
        assertThat(partly.priority()).isEqualTo(Priority.NORMAL);
        assertThat(partly.overwrite()).isEqualTo(OverwritePolicy.REFUSE);
        assertThat(partly.exports()).containsExactly("pdf");
        assertThat(partly.outDir()).isEqualTo("/out");
        Files.writeString(dir.resolve(NewBatchSettings.FILE), "exports=\n");
        assertThat(NewBatchSettings.load(dir).exports()).as("no export ticked is a choice too").isEmpty();
    }

    @Test
    void aBatchsSpecGivesItsSettingsToRunItAgain() {
        BatchSpec spec = new BatchSpec("beams", "/w/beam.mcdx", "native", "/w/out", List.of("pdf", "mcdx"), "{case}-{seq}",
                Priority.LOW, 2, null, null, null, null, null, "rename", null, "sigma < 235");
        NewBatchSettings settings = NewBatchSettings.of(spec);
        assertThat(settings).isEqualTo(new NewBatchSettings("/w/beam.mcdx", "beams", "native", Priority.LOW, List.of("pdf", "mcdx"),
                "/w/out", "{case}-{seq}", OverwritePolicy.RENAME, "sigma < 235", null));
    }

    @Test
    void aBatchsCasesBecomeATableWithTheUnitsTheyCameIn() {
        CaseTable table = BatchCopy.of(List.of(
                item(1, "short", Map.of("L", CaseValue.of(3000, "mm"))),
                item(2, "long", Map.of("L", CaseValue.of(9000, "mm"), "w", CaseValue.of(5, "kN/m")))));
        assertThat(table.columns()).containsExactly(new Column("L", "mm"), new Column("w", "kN/m"));
        assertThat(table.cases()).extracting(c -> c.name()).containsExactly("short", "long");
        assertThat(table.cases().get(1).inputs()).containsOnlyKeys("L", "w");
    }

    @Test
    void closingAsksOnlyWhenCasesWouldBeLost() {
        assertThat(DiscardQuestion.of(0)).isEmpty();
        assertThat(DiscardQuestion.of(1)).hasValueSatisfying(q -> assertThat(q).startsWith("Discard the case you entered?"));
        assertThat(DiscardQuestion.of(12)).hasValueSatisfying(q -> assertThat(q).startsWith("Discard the 12 cases you entered?"));
    }

    @Test
    void choosersStartInTheFieldsFolderElseTheWorksheetsElseTheLastOne() throws Exception {
        Path worksheetFolder = Files.createDirectories(dir.resolve("sheets"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path last = Files.createDirectories(dir.resolve("last"));
        Path worksheet = worksheetFolder.resolve("beam.mcdx");
        assertThat(ChooserFolders.start(out, worksheet, last)).isEqualTo(out);
        assertThat(ChooserFolders.start(out.resolve("new"), worksheet, last)).as("a folder still to make: its parent").isEqualTo(out);
        assertThat(ChooserFolders.start(null, worksheet, last)).isEqualTo(worksheetFolder);
        assertThat(ChooserFolders.start(null, dir.resolve("gone").resolve("beam.mcdx"), last)).isEqualTo(last);
        assertThat(ChooserFolders.start(null, null, null)).isNull();
    }

    private static ItemView item(int seq, String name, Map<String, CaseValue> inputs) {
        return new ItemView(1, seq, name, ItemState.SUCCEEDED, 1, inputs, Map.of(), List.of(), null, null, null);
    }
}
