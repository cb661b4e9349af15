package org.primebatch.engine.mathcad;

import org.primebatch.mcdx.McdxWorksheet;
import org.primebatch.api.WorksheetInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.SessionOptions;
import org.primebatch.engine.StartedProcesses;
import org.primebatch.engine.mathcad.com.ImageNameProcesses;
import org.primebatch.engine.mathcad.com.PrimeConnector;
import org.primebatch.engine.mathcad.com.PrimeProcesses;
import org.primebatch.engine.mathcad.jacob.JacobPrimeConnector;
import org.primebatch.mcdx.DesignationException;
import org.primebatch.mcdx.McdxException;
import org.primebatch.api.DesignationNames;

/**
 * Mathcad Prime through its COM automation API (Windows only). One session at a time: Prime is one process per
 * Windows session, shared with whatever the user has open.
 */
public final class MathcadEngine implements Engine {
    public static final String NAME = "mathcad";

    private final MathcadConfig config;
    private final StartedProcesses processes;
    private final PrimeConnector connector;
    private final PrimeProcesses prime;
    private final Supplier<MathcadInstallation> probe;
    private MathcadInstallation installation;

    public MathcadEngine(MathcadConfig config, StartedProcesses processes) {
        this(config, processes, new JacobPrimeConnector(config.jacobDll()), ImageNameProcesses.mathcadPrime(),
                () -> MathcadInstallation.probe(config));
    }

    /** An engine on a given COM seam, installed as {@code probe} says. */
    MathcadEngine(MathcadConfig config, StartedProcesses processes, PrimeConnector connector, PrimeProcesses prime,
            Supplier<MathcadInstallation> probe) {
        this.config = config;
        this.processes = processes;
        this.connector = connector;
        this.prime = prime;
        this.probe = probe;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The installed Mathcad Prime version (from the registry), or {@code not installed}. */
    @Override
    public String version() {
        return installation().version();
    }

    @Override
    public Availability availability() {
        return installation().availability();
    }

    private synchronized MathcadInstallation installation() {
        if (installation == null) {
            installation = probe.get();
        }
        return installation;
    }

    @Override
    public int defaultSlots() {
        return 1;
    }

    @Override
    public Set<String> exportFormats() {
        return ExportFormat.names();
    }

    /**
     * The designations read from the .mcdx file itself, so that listing a worksheet's inputs and checking a batch's
     * cases need no Mathcad; null when this reader cannot read the file (Prime then decides on every name).
     */
    @Override
    public WorksheetInfo inspect(Path worksheet) {
        try {
            return McdxWorksheet.open(worksheet).inspect();
        } catch (McdxException e) {
            return null;
        }
    }

    /**
     * The designations of the working copy a session opens: the file's own and those {@code names} add. Designating
     * by name needs the package read here.
     */
    @Override
    public WorksheetInfo inspect(Path worksheet, DesignationNames names) throws EngineException {
        if (names.isEmpty()) {
            return inspect(worksheet);
        }
        try {
            return McdxWorksheet.open(worksheet).designating(names).inspect();
        } catch (McdxException | DesignationException e) {
            throw EngineException.permanent(e.getMessage());
        }
    }

    /** Takes any worksheet; the inputs are its designated ones when the package can be read here. */
    @Override
    public Admission admit(Path worksheet) {
        return admit(worksheet, DesignationNames.NONE);
    }

    /** Takes any worksheet in which {@code names} can be designated. */
    @Override
    public Admission admit(Path worksheet, DesignationNames names) {
        if (!Files.isRegularFile(worksheet)) {
            return Admission.refused(List.of("worksheet not found: " + worksheet));
        }
        WorksheetInfo info;
        try {
            info = inspect(worksheet, names);
        } catch (EngineException e) {
            return Admission.refused(List.of(e.getMessage()));
        }
        if (info == null) {
            return Admission.ANY;
        }
        Set<String> inputs = new LinkedHashSet<>();
        info.inputs().forEach(input -> inputs.add(input.alias()));
        return new Admission(List.of(), inputs);
    }

    @Override
    public String invalidInput(CaseValue value) {
        return PrimeInput.problem(value);
    }

    @Override
    public EngineSession open(Path worksheet, SessionOptions options) throws EngineException {
        return open(worksheet, options, PrimeCallListener.NONE);
    }

    /** A session whose every COM call {@code listener} hears. */
    public MathcadSession open(Path worksheet, SessionOptions options, PrimeCallListener listener) throws EngineException {
        if (!Files.isRegularFile(worksheet)) {
            throw EngineException.permanent("worksheet not found: " + worksheet);
        }
        Availability availability = availability();
        if (!availability.available()) {
            throw EngineException.permanent("the mathcad engine is not available: " + availability.reason());
        }
        return MathcadSession.open(worksheet, options, config, connector, prime, processes, listener);
    }
}
