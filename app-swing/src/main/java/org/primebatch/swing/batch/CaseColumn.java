package org.primebatch.swing.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.primebatch.api.CaseValue;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;

/** One column of the cases table and how it reads its cell from a case. */
public record CaseColumn(Kind kind, String alias, String unit, String title) {
    /** What a column shows. */
    public enum Kind { CASE, STATE, ATTEMPTS, INPUT, OUTPUT, ERROR, DURATION, ARTIFACTS }

    /** The cell of the case column: its seq and name. */
    public record CaseLabel(int seq, String name) {
        @Override
        public String toString() {
            return name == null || name.isBlank() ? Integer.toString(seq) : seq + "  " + name;
        }
    }

    /** An input or output value as the table shows it: the unit only when it differs from the column's. */
    public record ValueCell(String text, boolean numeric) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** The files a case exported, in the order the batch names its exports. */
    public record Artifacts(List<Path> files) {
        public Artifacts {
            files = List.copyOf(files);
        }

        @Override
        public String toString() {
            return String.join(", ", files.stream().map(file -> file.getFileName().toString()).toList());
        }
    }

    static CaseColumn fixed(Kind kind, String title) {
        return new CaseColumn(kind, null, null, title);
    }

    static CaseColumn value(Kind kind, String alias, String unit, String title) {
        return new CaseColumn(kind, alias, unit, title);
    }

    public Class<?> type() {
        return switch (kind) {
            case CASE -> CaseLabel.class;
            case STATE -> ItemState.class;
            case ATTEMPTS -> Integer.class;
            case INPUT, OUTPUT -> ValueCell.class;
            case ERROR -> String.class;
            case DURATION -> Duration.class;
            case ARTIFACTS -> Artifacts.class;
        };
    }

    /** The cell of {@code item} in this column; {@code outDir} resolves artifact names that are not absolute. */
    public Object valueOf(ItemView item, Path outDir) {
        return switch (kind) {
            case CASE -> new CaseLabel(item.seq(), item.name());
            case STATE -> item.state();
            case ATTEMPTS -> item.attempts();
            case INPUT -> cell(item.inputs() == null ? null : item.inputs().get(alias));
            case OUTPUT -> cell(item.outputs() == null ? null : item.outputs().get(alias));
            case ERROR -> item.error();
            case DURATION -> item.started() == null || item.finished() == null
                    ? null : Duration.between(item.started(), item.finished());
            case ARTIFACTS -> item.artifacts() == null || item.artifacts().isEmpty()
                    ? null : new Artifacts(item.artifacts().stream().map(name -> resolve(outDir, name)).toList());
        };
    }

    private ValueCell cell(CaseValue value) {
        if (value == null) {
            return null;
        }
        String text = value.value().isTextual() ? value.value().asText() : value.value().toString();
        if (value.unit() != null && !value.unit().equals(unit)) {
            text = text + " " + value.unit();
        }
        return new ValueCell(text, value.value().isNumber());
    }

    private static Path resolve(Path outDir, String name) {
        Path path = Path.of(name);
        return path.isAbsolute() || outDir == null ? path : outDir.resolve(path);
    }
}
