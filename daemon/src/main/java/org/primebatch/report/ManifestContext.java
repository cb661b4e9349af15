package org.primebatch.report;

import java.time.Instant;
import java.util.Objects;

/**
 * What a manifest records besides the batch and its cases.
 *
 * @param worksheetSha256   hex SHA-256 of the worksheet as it was run ({@link Manifest#sha256}), or null if unknown
 * @param engine            the engine that ran the cases, resolved (not {@code auto})
 * @param engineVersion     that engine's version, say Mathcad Prime's, or null if unknown
 * @param primebatchVersion the version of Primebatch writing the manifest
 * @param written           when the manifest is written
 */
public record ManifestContext(
        String worksheetSha256,
        String engine,
        String engineVersion,
        String primebatchVersion,
        Instant written) {

    public ManifestContext {
        Objects.requireNonNull(written, "written");
    }
}
