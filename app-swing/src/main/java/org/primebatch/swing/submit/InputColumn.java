package org.primebatch.swing.submit;

import org.primebatch.api.IoValue;
import org.primebatch.api.ValueKind;

/**
 * One input column of the cases grid: the alias it sets, the kind of value the worksheet holds there (null when not
 * known) and the unit the worksheet shows it in (null for none), which is the column's unit until the user changes it.
 */
public record InputColumn(String alias, ValueKind kind, String worksheetUnit) {
    public static InputColumn of(IoValue input) {
        String unit = input.unit() == null || input.unit().isBlank() ? null : input.unit();
        return new InputColumn(input.alias(), input.kind(), unit);
    }
}
