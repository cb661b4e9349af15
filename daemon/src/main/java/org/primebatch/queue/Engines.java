package org.primebatch.queue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primebatch.api.DesignationNames;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Json;
import org.primebatch.api.RpcException;
import org.primebatch.engine.Engine;

/** The engines a daemon offers, by name, and the rule that picks one for {@code auto}. */
public final class Engines {
    public static final String AUTO = "auto";

    private final Map<String, Engine> byName = new LinkedHashMap<>();

    public Engines(List<Engine> engines) {
        engines.forEach(e -> byName.put(e.name(), e));
    }

    public List<Engine> all() {
        return new ArrayList<>(byName.values());
    }

    public Optional<Engine> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** An engine chosen for a worksheet, with what it said about the worksheet. */
    public record Choice(Engine engine, Engine.Admission admission) {
    }

    /**
     * The engine a batch on {@code worksheet} asking for {@code name} runs on. {@code auto} takes native when it can
     * run the worksheet, else mathcad when it is available; echo is never chosen automatically.
     */
    public Choice choose(String name, Path worksheet) {
        return choose(name, worksheet, DesignationNames.NONE);
    }

    /** {@link #choose(String, Path)} for a batch that designates {@code names} too: each engine is asked with them. */
    public Choice choose(String name, Path worksheet, DesignationNames names) {
        if (AUTO.equals(name)) {
            List<String> whyNot = new ArrayList<>();
            for (String candidate : List.of("native", "mathcad")) {
                Engine engine = byName.get(candidate);
                if (engine == null) {
                    continue;
                }
                if (!engine.availability().available() && !engine.availability().temporary()) {
                    whyNot.add(candidate + ": " + engine.availability().reason());
                    continue;
                }
                Engine.Admission admission = engine.admit(worksheet, names);
                if (admission.accepted()) {
                    return new Choice(engine, admission);
                }
                whyNot.add(candidate + ": " + String.join("; ", admission.refusals()));
            }
            throw new RpcException(ErrorCode.ENGINE_UNAVAILABLE, "no engine can run this worksheet"
                    + (whyNot.isEmpty() ? "" : " (" + String.join(" | ", whyNot) + ")") + "; use --engine echo to check the pipeline");
        }
        Engine engine = byName.get(name);
        if (engine == null) {
            throw new RpcException(ErrorCode.INVALID_SPEC, "unknown engine '" + name + "'; known: " + String.join(", ", byName.keySet()) + ", auto");
        }
        if (!engine.availability().available() && !engine.availability().temporary()) {
            throw new RpcException(ErrorCode.ENGINE_UNAVAILABLE, "engine " + name + " is not available: " + engine.availability().reason());
        }
        Engine.Admission admission = engine.admit(worksheet, names);
        if (!admission.accepted()) {
            throw new RpcException(ErrorCode.WORKSHEET_UNSUPPORTED, "the " + name + " engine cannot run " + worksheet.getFileName()
                    + ": " + String.join("; ", admission.refusals()), Json.object().set("reasons", Json.tree(admission.refusals())));
        }
        return new Choice(engine, admission);
    }
}
