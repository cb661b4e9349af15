package org.primebatch.mcdx.math;

import org.primebatch.mcdx.syntax.MathExpr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The math of a worksheet, compiled once and run per case. Global definitions ({@code ≡}) run first, then every
 * other region in reading order. Immutable: runs may go on concurrently, each with its own frames.
 */
public final class MathProgram {
    private final List<CompiledRegion> regions;
    private final FrameLayout worksheetLayout;
    private final List<Refusal> refusals;

    private MathProgram(List<CompiledRegion> regions, FrameLayout worksheetLayout, List<Refusal> refusals) {
        this.regions = List.copyOf(regions);
        this.worksheetLayout = worksheetLayout;
        this.refusals = List.copyOf(refusals);
    }

    /**
     * Compiles the regions (in reading order) for the given ORIGIN. Never throws for math it does not support: such
     * regions, and every region using what they define, are refused.
     */
    public static MathProgram compile(List<MathRegion> regionsInReadingOrder, int origin) {
        Scope worksheet = Scope.worksheet();
        RegionCompiler compiler = new RegionCompiler(worksheet, new HashSet<>(), origin);
        List<MathRegion> ordered = new ArrayList<>();
        for (MathRegion region : regionsInReadingOrder) {
            if (isGlobal(region)) {
                ordered.add(region);
            }
        }
        for (MathRegion region : regionsInReadingOrder) {
            if (!isGlobal(region)) {
                ordered.add(region);
            }
        }
        List<CompiledRegion> compiled = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        for (MathRegion region : ordered) {
            CompiledRegion c = compiler.compile(region);
            compiled.add(c);
            if (c instanceof CompiledRegion.Refused r) {
                refusals.add(new Refusal(r.regionId(), r.reason()));
            }
        }
        return new MathProgram(compiled, worksheet.layout, refusals);
    }

    private static boolean isGlobal(MathRegion region) {
        return region.math() instanceof MathExpr.Define d && d.kind() == MathExpr.DefineKind.GLOBAL
                || region.math() instanceof MathExpr.Malformed m && m.element().equals("globalDefine");
    }

    /** Regions refused at compile time, in evaluation order. */
    public List<Refusal> refusals() {
        return refusals;
    }

    /**
     * Runs every region. {@code inputs} replace, by variable name, the value of the first definition of that name.
     */
    public Results run(Map<String, Value> inputs) {
        Map<String, Value> given = inputs == null ? Collections.emptyMap() : inputs;
        Frame worksheet = new Frame(worksheetLayout.size(), null);
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (CompiledRegion region : regions) {
            outcomes.put(region.regionId(), runRegion(region, worksheet, given));
        }
        return new Results(outcomes);
    }

    private static Outcome runRegion(CompiledRegion region, Frame worksheet, Map<String, Value> inputs) {
        try {
            return region.run(worksheet, inputs);
        } catch (MathError e) {
            return new Outcome.Failed(e);
        } catch (Unsupported e) {
            return new Outcome.Refused(e.getMessage());
        } catch (ControlSignal e) {
            return new Outcome.Refused("break, continue or return outside of a loop or program");
        } catch (StackOverflowError e) {
            return new Outcome.Refused("recursion too deep");
        } catch (RuntimeException e) {
            return new Outcome.Refused("internal error: " + e);
        }
    }
}
