package org.primebatch.mcdx.pkg;

/**
 * One zip entry of a package: its name, its inflated bytes and how it was stored. Folder entries end with '/'.
 * The bytes are never handed out: {@link McdxPackage} gives copies.
 */
record Part(String name, byte[] content, boolean stored, long lastModified) {
    boolean isFolder() {
        return name.endsWith("/");
    }

    Part withContent(byte[] replacement) {
        return new Part(name, replacement.clone(), stored, lastModified);
    }
}
