package org.primebatch.engine.mathcad;

import java.util.List;

/** Reads the Windows registry: which keys exist and what subkeys a key has. */
interface RegistryReader {
    boolean has(String key);

    /** Full names of the subkeys of {@code key}; empty when it has none or does not exist. */
    List<String> subkeys(String key);
}
