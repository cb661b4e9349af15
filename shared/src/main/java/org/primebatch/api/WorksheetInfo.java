package org.primebatch.api;

import java.util.List;
import java.util.Map;

/**
 * What {@code worksheet.inspect} and {@code primebatch inspect} report about a worksheet: its calculation settings
 * (unit system and ORIGIN), its designated inputs and outputs, and how many regions of each kind it holds.
 */
public record WorksheetInfo(String worksheet, String unitSystem, int origin, List<IoValue> inputs, List<IoValue> outputs,
                            Map<String, Long> regions) {
}
