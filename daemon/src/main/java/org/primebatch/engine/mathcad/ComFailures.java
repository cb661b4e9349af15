package org.primebatch.engine.mathcad;

import org.primebatch.engine.EngineException;
import org.primebatch.engine.mathcad.com.HResults;
import org.primebatch.engine.mathcad.com.PrimeComException;

/** COM failures as engine errors a user can act on. */
final class ComFailures {
    private ComFailures() {
    }

    static EngineException of(String call, PrimeComException e) {
        int hresult = e.hresult();
        String code = " (" + e.hresultText() + ")";
        if (hresult == HResults.INVALID_CLASS_STRING || hresult == HResults.CLASS_NOT_REGISTERED) {
            return new EngineException("Mathcad Prime is not installed or registered" + code, false, e);
        }
        if (HResults.serverGone(hresult)) {
            return EngineException.sessionLost("Mathcad Prime stopped: " + call + " failed, the RPC server is unavailable" + code, e);
        }
        if (hresult == HResults.RPC_CALL_REJECTED) {
            return new EngineException("Mathcad Prime refused " + call + " because it is busy (a dialog may be open in Mathcad Prime)"
                    + code, true, e);
        }
        if (HResults.memberMissing(hresult)) {
            return new EngineException("this version of Mathcad Prime does not offer " + call + code, false, e);
        }
        return new EngineException("Mathcad Prime failed " + call + ": " + e.getMessage() + code, true, e);
    }
}
