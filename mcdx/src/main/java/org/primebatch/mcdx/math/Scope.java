package org.primebatch.mcdx.math;

import java.util.HashMap;
import java.util.Map;

/**
 * Names visible while compiling, each bound to a slot of a frame. One scope per frame: the worksheet, a region, a
 * function or lambda body. Program blocks share the scope of the function or region they are in.
 */
final class Scope {
    /**
     * A name's slot; a refused definition keeps its reason so that its users are refused too. {@code tolerance} is
     * the relative tolerance its value is known to (0 when exact): the value depends on an iterative or adaptive
     * result (see {@link SolverTolerances}).
     */
    record Binding(int slot, String refusal, boolean range, Resolved fallback, double tolerance) {
        Binding(int slot, String refusal, boolean range, Resolved fallback) {
            this(slot, refusal, range, fallback, 0);
        }
    }

    /** A binding seen from some scope: {@code depth} frames up. {@code acrossFunction} when a function body lies between. */
    record Resolved(String name, int depth, Binding binding, boolean acrossFunction) {
    }

    private final Scope parent;
    private final boolean functionBody;
    final FrameLayout layout = new FrameLayout();
    private final Map<String, Binding> names = new HashMap<>();

    private Scope(Scope parent, boolean functionBody) {
        this.parent = parent;
        this.functionBody = functionBody;
    }

    static Scope worksheet() {
        return new Scope(null, false);
    }

    Scope region() {
        return new Scope(this, false);
    }

    Scope function() {
        return new Scope(this, true);
    }

    boolean isWorksheet() {
        return parent == null;
    }

    Binding define(String name, boolean range) {
        Binding binding = new Binding(layout.allocate(), null, range, null);
        names.put(name, binding);
        return binding;
    }

    /** Records that the value bound to {@code name} here is known only to {@code tolerance}. */
    void loosen(String name, double tolerance) {
        Binding b = names.get(name);
        if (b != null && tolerance > b.tolerance()) {
            names.put(name, new Binding(b.slot(), b.refusal(), b.range(), b.fallback(), tolerance));
        }
    }

    void refuse(String name, String reason) {
        names.put(name, new Binding(-1, reason, false, null));
    }

    /** A local of a program: reused when the name is already local here, else new, reading the outer name until set. */
    Binding declareLocal(String name) {
        Binding existing = names.get(name);
        if (existing != null && existing.refusal() == null) {
            return existing;
        }
        Resolved outer = parent != null ? parent.resolve(name) : null;
        Resolved fallback = outer == null ? null
                : new Resolved(name, outer.depth() + 1, outer.binding(), outer.acrossFunction() || functionBody);
        Binding binding = new Binding(layout.allocate(), null, false, fallback);
        names.put(name, binding);
        return binding;
    }

    /** Binds a name here for a while (a summation's index); {@link #restore} undoes it. */
    Binding shadow(String name) {
        Binding previous = names.get(name);
        names.put(name, new Binding(layout.allocate(), null, false, null));
        return previous;
    }

    void restore(String name, Binding previous) {
        if (previous == null) {
            names.remove(name);
        } else {
            names.put(name, previous);
        }
    }

    Binding local(String name) {
        return names.get(name);
    }

    Resolved resolve(String name) {
        int depth = 0;
        boolean acrossFunction = false;
        for (Scope s = this; s != null; s = s.parent) {
            Binding b = s.names.get(name);
            if (b != null) {
                return new Resolved(name, depth, b, acrossFunction);
            }
            acrossFunction |= s.functionBody;
            depth++;
        }
        return null;
    }
}
