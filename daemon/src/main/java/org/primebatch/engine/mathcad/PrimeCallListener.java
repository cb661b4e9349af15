package org.primebatch.engine.mathcad;

import java.time.Duration;

/** Hears every COM call a session makes, for the diagnosis report. */
public interface PrimeCallListener {
    PrimeCallListener NONE = new PrimeCallListener() {
        @Override
        public void answered(String call, Duration took, Object value) {
        }

        @Override
        public void failed(String call, Duration took, String reason) {
        }
    };

    void answered(String call, Duration took, Object value);

    void failed(String call, Duration took, String reason);
}
