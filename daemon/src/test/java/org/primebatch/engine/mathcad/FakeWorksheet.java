package org.primebatch.engine.mathcad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primebatch.api.CaseValue;
import org.primebatch.api.IoValue;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.mathcad.com.HResults;
import org.primebatch.engine.mathcad.com.PrimeAliases;
import org.primebatch.engine.mathcad.com.PrimeComException;
import org.primebatch.engine.mathcad.com.PrimeMatrix;
import org.primebatch.engine.mathcad.com.PrimeResult;
import org.primebatch.engine.mathcad.com.PrimeResultAs;
import org.primebatch.engine.mathcad.com.PrimeWorksheet;
import org.primebatch.engine.mathcad.com.ResultType;
import org.primebatch.engine.mathcad.com.SaveOption;
import org.primebatch.mcdx.AnyWorksheetSession;
import org.primebatch.mcdx.McdxException;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.sheet.WorksheetInspector;
import org.primebatch.mcdx.units.Dimension;
import org.primebatch.mcdx.units.UnitException;
import org.primebatch.mcdx.units.UnitExpression;
import org.primebatch.mcdx.units.Units;

/**
 * A worksheet open in the fake Prime: its designated inputs and outputs are those the file's integration.xml holds,
 * read as {@link FakeIntegration} reads them (a file Prime would not read fails to open); it recalculates
 * (automatically, as Prime does) with the native engine. Error codes follow the API guide.
 */
final class FakeWorksheet implements PrimeWorksheet {
    private final FakePrime prime;
    private final EngineSession evaluator;
    private final Map<String, CaseValue> inputs = new LinkedHashMap<>();
    /** Every value set since the sheet was opened: like Prime, the sheet keeps each one until it is set again. */
    private final Map<String, CaseValue> set = new LinkedHashMap<>();
    private final List<String> outputAliases;
    private Path fullName;
    private boolean dirty = true;
    private Map<String, CaseValue> outputs;
    private boolean calculationFailed;
    private boolean closed;

    FakeWorksheet(FakePrime prime, Path file) throws PrimeComException {
        this.prime = prime;
        this.fullName = file;
        try {
            // like Prime, the fake opens and recalculates a worksheet whose stored results are stale
            evaluator = AnyWorksheetSession.open(file);
        } catch (McdxException e) {
            throw new PrimeComException(HResults.FAIL, "the fake cannot read " + file + ": " + e.getMessage());
        }
        FakeIntegration.Designations designations;
        try {
            designations = FakeIntegration.read(file);
        } catch (IOException | RuntimeException e) {
            throw new PrimeComException(HResults.FAIL, "Mathcad Prime cannot open " + file + ": " + e.getMessage());
        }
        Map<String, IoValue> values = new LinkedHashMap<>();
        WorksheetInspector.inspect(Worksheet.open(file)).inputs().forEach(input -> values.put(input.alias(), input));
        for (String alias : designations.inputs()) {
            IoValue input = values.get(alias);
            if (input == null) {
                throw new IllegalStateException("the project's reader does not see the input " + alias + " Prime reads in " + file);
            }
            inputs.put(alias, new CaseValue(input.value(), input.unit()));
        }
        outputAliases = designations.outputs();
    }

    @Override
    public String fullName() throws PrimeComException {
        enter("FullName");
        return fullName.toString();
    }

    @Override
    public PrimeAliases inputs() throws PrimeComException {
        enter("Inputs");
        return new Aliases(List.copyOf(inputs.keySet()));
    }

    @Override
    public PrimeAliases outputs() throws PrimeComException {
        enter("Outputs");
        return new Aliases(outputAliases);
    }

    @Override
    public void setDefaultCalculationTimeout(int seconds) throws PrimeComException {
        enter("DefaultCalculationTimeout");
        prime.calculationTimeout = seconds;
    }

    @Override
    public int setRealValue(String alias, double value, String units) throws PrimeComException {
        enter("SetRealValue");
        return prime.forcedCode("SetRealValue", set(alias, JsonNodeFactory.instance.numberNode(value), units));
    }

    @Override
    public int setStringValue(String alias, String value) throws PrimeComException {
        enter("SetStringValue");
        return prime.forcedCode("SetStringValue", set(alias, JsonNodeFactory.instance.textNode(value), ""));
    }

    @Override
    public PrimeMatrix createMatrix(int rows, int columns) throws PrimeComException {
        enter("CreateMatrix");
        return FakeMatrix.filledWithNaN(prime, rows, columns);
    }

    @Override
    public int setMatrixValue(String alias, PrimeMatrix value, String units) throws PrimeComException {
        enter("SetMatrixValue");
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (double[] row : ((FakeMatrix) value).cells()) {
            ArrayNode cells = rows.addArray();
            for (double cell : row) {
                cells.add(cell);
            }
        }
        return prime.forcedCode("SetMatrixValue", set(alias, rows, units));
    }

    private int set(String alias, JsonNode value, String units) {
        CaseValue current = inputs.get(alias);
        if (current == null) {
            return 1;
        }
        if (current.value().isTextual() != value.isTextual() || current.value().isArray() != value.isArray()) {
            return 4;
        }
        if (!value.isTextual() && !sameDimension(units, current.unit())) {
            return 3;
        }
        CaseValue next = new CaseValue(value, value.isTextual() ? null : units);
        Map<String, CaseValue> held = new LinkedHashMap<>(set);
        held.put(alias, next);
        try {
            evaluator.setInputs(held);
        } catch (EngineException e) {
            try {
                evaluator.setInputs(set);
            } catch (EngineException unexpected) {
                throw new IllegalStateException(unexpected);
            }
            return 4;
        }
        set.put(alias, next);
        inputs.put(alias, next);
        dirty = true;
        return 0;
    }

    @Override
    public void synchronize() throws PrimeComException {
        enter("Synchronize");
        prime.calculations.incrementAndGet();
        recalculate();
    }

    private void recalculate() {
        try {
            evaluator.calculate();
            outputs = prime.distortion.apply(prime.calculations.get(), Map.copyOf(inputs), evaluator.outputs());
            calculationFailed = false;
        } catch (EngineException e) {
            calculationFailed = true;
        }
        dirty = false;
    }

    @Override
    public PrimeResult inputGetValue(String alias) throws PrimeComException {
        enter("InputGetValue");
        CaseValue value = inputs.get(alias);
        return value == null ? Result.failed(prime, 1) : Result.of(prime, value, prime.forcedCode("InputGetValue", 0));
    }

    @Override
    public PrimeResult outputGetValue(String alias) throws PrimeComException {
        enter("OutputGetValue");
        return output(alias, "OutputGetValue");
    }

    private Result output(String alias, String member) {
        if (!outputAliases.contains(alias)) {
            return Result.failed(prime, 1);
        }
        if (dirty) {
            recalculate();
        }
        if (calculationFailed) {
            return Result.failed(prime, 5);
        }
        return Result.of(prime, outputs.get(alias), prime.forcedCode(member, 0));
    }

    @Override
    public PrimeResultAs outputGetRealValueAs(String alias, String units) throws PrimeComException {
        enter("OutputGetRealValueAs");
        return outputAs(alias, units, "OutputGetRealValueAs");
    }

    @Override
    public PrimeResultAs outputGetMatrixValueAs(String alias, String units) throws PrimeComException {
        enter("OutputGetMatrixValueAs");
        return outputAs(alias, units, "OutputGetMatrixValueAs");
    }

    private Result outputAs(String alias, String units, String member) {
        Result result = output(alias, member);
        if (result.errorCode != 0) {
            return result;
        }
        CaseValue value = outputs.get(alias);
        if (!sameDimension(units, value.unit())) {
            return Result.failed(prime, 3);
        }
        UnitExpression from = Units.parse(value.unit());
        UnitExpression to = Units.parse(units);
        JsonNode converted;
        if (value.value().isArray()) {
            ArrayNode rows = JsonNodeFactory.instance.arrayNode();
            for (JsonNode row : value.value()) {
                ArrayNode cells = rows.addArray();
                row.forEach(cell -> cells.add(to.valueOf(from.of(cell.asDouble()))));
            }
            converted = rows;
        } else {
            converted = JsonNodeFactory.instance.numberNode(to.valueOf(from.of(value.value().asDouble())));
        }
        return Result.of(prime, new CaseValue(converted, units), 0);
    }

    @Override
    public void saveAs(String path) throws PrimeComException {
        enter("SaveAs");
        Path file = Path.of(path);
        if (Files.exists(file)) {
            prime.waitForever(); // "The file already exists. Replace it?" and nobody at the keyboard
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase();
        if (dirty) {
            recalculate();
        }
        try {
            switch (extension) {
                case "mcdx" -> {
                    evaluator.export("mcdx", file, name);
                    fullName = file;
                }
                case "pdf" -> {
                    if (PrimeVersion.parse(prime.version).major() < 6 || !prime.fullLicence) {
                        throw new PrimeComException(HResults.FAIL, "Save as PDF is not available");
                    }
                    evaluator.export("pdf", file, name);
                }
                case "xps", "rtf" -> Files.writeString(file, extension + " of " + fullName.getFileName() + " " + inputs);
                default -> throw new PrimeComException(HResults.FAIL, "unknown file type " + extension);
            }
        } catch (EngineException | IOException e) {
            throw new PrimeComException(HResults.FAIL, e.getMessage());
        }
    }

    @Override
    public void close(SaveOption option) throws PrimeComException {
        enter("Close");
        closed = true;
    }

    private void enter(String member) throws PrimeComException {
        prime.enter(member);
        if (closed) {
            throw new PrimeComException(HResults.RPC_DISCONNECTED, "The object invoked has disconnected from its clients.");
        }
    }

    /** Whether two unit strings measure the same quantity; an unknown unit is incompatible with everything. */
    private static boolean sameDimension(String a, String b) {
        try {
            Dimension da = Units.parse(a == null ? "" : a).dimension();
            return da.equals(Units.parse(b == null ? "" : b).dimension());
        } catch (UnitException e) {
            return false;
        }
    }

    private final class Aliases implements PrimeAliases {
        private final List<String> aliases;

        Aliases(List<String> aliases) {
            this.aliases = aliases;
        }

        @Override
        public int count() throws PrimeComException {
            prime.enter("Count");
            return aliases.size();
        }

        @Override
        public String getAliasByIndex(int index) throws PrimeComException {
            prime.enter("GetAliasByIndex");
            return aliases.get(index);
        }
    }

    /** GetValueResult and the …ResultAs objects. */
    private static final class Result implements PrimeResult, PrimeResultAs {
        private final FakePrime prime;
        private final int errorCode;
        private final CaseValue value;

        private Result(FakePrime prime, int errorCode, CaseValue value) {
            this.prime = prime;
            this.errorCode = errorCode;
            this.value = value;
        }

        static Result failed(FakePrime prime, int code) {
            return new Result(prime, code, null);
        }

        static Result of(FakePrime prime, CaseValue value, int code) {
            return new Result(prime, code, code == 0 ? value : null);
        }

        @Override
        public ResultType resultType() throws PrimeComException {
            prime.enter("ResultType");
            if (value == null) {
                return ResultType.NONE;
            }
            return value.value().isTextual() ? ResultType.STRING
                    : value.value().isArray() ? ResultType.MATRIX
                    : ResultType.REAL;
        }

        @Override
        public int errorCode() throws PrimeComException {
            prime.enter("ErrorCode");
            return errorCode;
        }

        @Override
        public String units() throws PrimeComException {
            prime.enter("Units");
            return value == null || value.unit() == null ? "" : value.unit();
        }

        @Override
        public double realResult() throws PrimeComException {
            prime.enter("RealResult");
            return value.value().asDouble();
        }

        @Override
        public String stringResult() throws PrimeComException {
            prime.enter("StringResult");
            return value.value().asText();
        }

        @Override
        public PrimeMatrix matrixResult() throws PrimeComException {
            prime.enter("MatrixResult");
            JsonNode rows = value.value();
            boolean nested = rows.get(0).isArray();
            double[][] cells = new double[rows.size()][nested ? rows.get(0).size() : 1];
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    cells[r][c] = nested ? rows.get(r).get(c).asDouble() : rows.get(r).asDouble();
                }
            }
            return new FakeMatrix(prime, cells);
        }
    }

}
