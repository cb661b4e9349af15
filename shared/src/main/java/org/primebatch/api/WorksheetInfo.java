package org.primebatch.api;

import java.util.List;
import java.util.Map;

/**
 * What {@code worksheet.inspect} and {@code primebatch inspect} report about a worksheet: its calculation settings
 * (unit system and ORIGIN), its designated inputs and outputs, and how many regions of each kind it holds; with
 * {@code all}, every variable it defines ({@code definitions}, else null).
 */
public record WorksheetInfo(String worksheet, String unitSystem, int origin, List<IoValue> inputs, List<IoValue> outputs,
                            Map<String, Long> regions, List<DefinedName> definitions) {
    public WorksheetInfo(String worksheet, String unitSystem, int origin, List<IoValue> inputs, List<IoValue> outputs,
            Map<String, Long> regions) {
        this(worksheet, unitSystem, origin, inputs, outputs, regions, null);
    }

    /** This report with every variable the worksheet defines. */
    public WorksheetInfo withDefinitions(List<DefinedName> all) {
        return new WorksheetInfo(worksheet, unitSystem, origin, inputs, outputs, regions, List.copyOf(all));
    }
}
