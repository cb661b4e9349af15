package org.primebatch.engine.mathcad.com;

import java.util.Set;

/** The Mathcad Prime processes running now, by PID. */
public interface PrimeProcesses {
    String IMAGE_NAME = "MathcadPrime.exe";

    Set<Long> running();
}
