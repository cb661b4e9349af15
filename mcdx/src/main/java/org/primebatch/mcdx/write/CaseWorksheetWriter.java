package org.primebatch.mcdx.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primebatch.mcdx.math.Outcome;
import org.primebatch.mcdx.math.Results;
import org.primebatch.mcdx.pkg.McdxPackage;
import org.primebatch.mcdx.sheet.Region;
import org.primebatch.mcdx.sheet.StoredResult;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.units.UnitException;
import org.primebatch.mcdx.units.UnitSystem;

/**
 * Writes the worksheet of one case: the template with its designated inputs set to new values and its stored
 * results replaced by those the native engine computed for them.
 *
 * <p>worksheet.xml changes only where an input's value stands (the number, string or matrix and its unit); every
 * other byte of it stays. In result.xml each entry of a math region the engine ran is rewritten:
 * <ul>
 * <li>an evaluation: {@code Synchronized} with the value in Mathcad's stored form;</li>
 * <li>a definition: {@code Synchronized} and empty, as Mathcad stores definitions;</li>
 * <li>a region the engine refused or that failed, an evaluation whose value has no stored form (a function, a
 * range), and every entry of a region the engine does not run (plots, solve blocks): {@code Pending} and empty, so
 * that no value of the template's case passes for one of this case; Mathcad recalculates them on opening;</li>
 * <li>math that neither defines nor evaluates: kept as it was.</li>
 * </ul>
 * Every other part is kept byte for byte.
 */
public final class CaseWorksheetWriter {
    static final String RESULT_PART = StoredResult.PART;

    private CaseWorksheetWriter() {
    }

    /**
     * Writes the case to {@code target}, replacing it if it exists. {@code results} must be the outcome of running
     * the worksheet's math with {@link CaseInputs#overrides} of the same inputs; aliases not given keep the
     * template's values.
     *
     * @throws CaseWriteException for an alias that is not a designated input, a unit that does not parse, a value of
     *                            another kind than the literal it replaces, a part that cannot be rewritten
     */
    public static void write(McdxPackage template, Worksheet sheet, Map<String, InputValue> inputsByAlias,
            Results results, Path target) throws IOException {
        Map<String, byte[]> parts = replacedParts(template, sheet, inputsByAlias, results);
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            template.writeTo(temporary, parts);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The parts that change for the case (worksheet.xml and, when the template has one, result.xml), by name. */
    public static Map<String, byte[]> replacedParts(McdxPackage template, Worksheet sheet,
            Map<String, InputValue> inputsByAlias, Results results) {
        List<CaseInputs.Resolved> inputs = CaseInputs.resolve(sheet, inputsByAlias);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        byte[] worksheet = template.part(McdxPackage.WORKSHEET_PART).orElseThrow();
        parts.put(McdxPackage.WORKSHEET_PART, WorksheetSplicer.splice(worksheet, inputs,
                template.source() + " (" + McdxPackage.WORKSHEET_PART + ")"));
        Optional<byte[]> stored = template.part(RESULT_PART);
        if (stored.isPresent()) {
            Map<Integer, Outcome> byResultId = outcomesByResultId(sheet, results);
            UnitSystem system = unitSystem(sheet);
            parts.put(RESULT_PART, ResultListSplicer.splice(stored.get(),
                    (id, ml) -> entry(byResultId.get(id), new StoredForm(ml, system)),
                    template.source() + " (" + RESULT_PART + ")"));
        }
        return parts;
    }

    private static Map<Integer, Outcome> outcomesByResultId(Worksheet sheet, Results results) {
        Map<Integer, Outcome> out = new HashMap<>();
        for (Region region : sheet.regions()) {
            region.mathContent().ifPresent(math -> {
                Outcome outcome = results.byRegion().get(Integer.toString(region.id()));
                if (math.resultRef() != null && outcome != null) {
                    out.putIfAbsent(math.resultRef(), outcome);
                }
            });
        }
        return out;
    }

    static ResultEntry entry(Outcome outcome, StoredForm form) {
        if (outcome instanceof Outcome.Evaluated e) {
            return form.of(e.value(), e.displayUnit()).map(ResultEntry::value).orElse(ResultEntry.PENDING);
        }
        if (outcome instanceof Outcome.Defined) {
            return ResultEntry.DEFINED;
        }
        if (outcome instanceof Outcome.Inert) {
            return ResultEntry.KEEP;
        }
        return ResultEntry.PENDING;
    }

    private static UnitSystem unitSystem(Worksheet sheet) {
        try {
            return UnitSystem.fromSettingsName(sheet.settings().unitSystem());
        } catch (UnitException e) {
            return null;
        }
    }
}
