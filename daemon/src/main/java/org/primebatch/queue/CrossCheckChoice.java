package org.primebatch.queue;

import java.nio.file.Path;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.CrossCheck;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Json;
import org.primebatch.api.RpcException;
import org.primebatch.engine.Engine;

/**
 * Whether a batch is cross-checked with Mathcad Prime, decided at submission. By default a batch on {@code auto} that
 * the native engine takes is cross-checked ({@link CrossCheck#DEFAULT_VERIFY} cases) when Mathcad is available too;
 * {@code verify} 0 turns that off. Asking for a cross-check ({@code verify} or {@code spotCheck}) when Mathcad Prime is
 * not available, or on an engine other than native, is refused with the reason.
 *
 * @param verify    the cases cross-checked first; 0 for a batch that is not cross-checked
 * @param spotCheck every how many cases one is cross-checked again (0: never)
 */
record CrossCheckChoice(int verify, int spotCheck) {
    static final CrossCheckChoice NONE = new CrossCheckChoice(0, 0);

    static CrossCheckChoice of(BatchSpec asked, Engines.Choice chosen, Engines engines, Path worksheet) {
        Integer verify = asked.verify();
        Integer spotCheck = asked.spotCheck();
        if (verify != null && verify < 0) {
            throw new RpcException(ErrorCode.INVALID_SPEC, "verify must be 0 (no cross-check) or a number of cases, not " + verify);
        }
        if (spotCheck != null && spotCheck < 0) {
            throw new RpcException(ErrorCode.INVALID_SPEC, "spotCheck must be 0 (none) or a number of cases, not " + spotCheck);
        }
        boolean askedFor = (verify != null && verify > 0) || (verify == null && spotCheck != null && spotCheck > 0);
        if (verify != null && verify == 0) {
            return NONE;
        }
        boolean nativeAsked = Engines.AUTO.equals(asked.engine()) || CrossCheck.CHECKED_ENGINE.equals(asked.engine());
        if (askedFor && !nativeAsked) {
            throw new RpcException(ErrorCode.INVALID_SPEC, "a cross-check (verify, spotCheck) compares the native engine "
                    + "with Mathcad Prime: it goes with engine auto or native, not " + asked.engine());
        }
        if (!CrossCheck.CHECKED_ENGINE.equals(chosen.engine().name())) {
            return NONE; // auto chose Mathcad: every case runs there already
        }
        Engine mathcad = engines.find(CrossCheck.REFERENCE_ENGINE).orElse(null);
        boolean available = mathcad != null && mathcad.availability().available();
        boolean waitable = available || (mathcad != null && mathcad.availability().temporary());
        if (!askedFor) {
            if (verify == null && Engines.AUTO.equals(asked.engine()) && available && mathcad.admit(worksheet).accepted()) {
                return new CrossCheckChoice(CrossCheck.DEFAULT_VERIFY, spotCheck == null ? CrossCheck.DEFAULT_SPOT_CHECK : spotCheck);
            }
            return NONE;
        }
        if (!waitable) {
            throw new RpcException(ErrorCode.ENGINE_UNAVAILABLE, "the cross-check (verify " + (verify == null
                    ? CrossCheck.DEFAULT_VERIFY : verify) + ") compares the native engine with Mathcad Prime, which is not "
                    + "available here: " + (mathcad == null ? "this daemon has no mathcad engine" : mathcad.availability().reason())
                    + "; leave verify out (or give 0) to run natively without it");
        }
        Engine.Admission admission = mathcad.admit(worksheet);
        if (!admission.accepted()) {
            throw new RpcException(ErrorCode.WORKSHEET_UNSUPPORTED, "the cross-check needs Mathcad Prime to run "
                    + worksheet.getFileName() + ", and the mathcad engine cannot: " + String.join("; ", admission.refusals()),
                    Json.object().set("reasons", Json.tree(admission.refusals())));
        }
        return new CrossCheckChoice(verify == null ? CrossCheck.DEFAULT_VERIFY : verify,
                spotCheck == null ? CrossCheck.DEFAULT_SPOT_CHECK : spotCheck);
    }
}
