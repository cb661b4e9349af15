package org.primebatch.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFCloneUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * One PDF of all cases' PDFs, in order, with a bookmark per case at its first page.
 *
 * <p>Each part is opened, copied into the merged document and closed before the next one, and page contents are
 * buffered in temporary files, not in memory; so a batch of thousands of cases merges in a small heap.
 */
public final class MergedPdf {
    /** The PDF of one case, bookmarked with {@code caseName}. */
    public record Part(String caseName, Path pdf) {
        public Part {
            Objects.requireNonNull(caseName, "caseName");
            Objects.requireNonNull(pdf, "pdf");
        }
    }

    /** A part left out of the merged PDF, and why. */
    public record Skipped(Part part, String reason) {
    }

    /**
     * What was merged.
     *
     * @param pages   pages in the merged PDF; 0 when no part had a page, and then no file was written
     * @param merged  the parts in the merged PDF, in order
     * @param skipped the parts left out: missing, unreadable or without pages
     */
    public record Result(int pages, List<Part> merged, List<Skipped> skipped) {
        public Result {
            merged = List.copyOf(merged);
            skipped = List.copyOf(skipped);
        }
    }

    private MergedPdf() {
    }

    /**
     * Writes the parts that can be read to {@code target}, through a temporary file in its folder moved into place;
     * parts that are missing or cannot be read are skipped and listed in the result.
     *
     * @throws IOException when the merged PDF cannot be written
     */
    public static Result write(List<Part> parts, Path target) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        List<Part> merged = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        try (PDDocument destination = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDDocumentOutline outline = new PDDocumentOutline();
            for (Part part : parts) {
                String problem = append(part, destination, outline);
                if (problem == null) {
                    merged.add(part);
                } else {
                    skipped.add(new Skipped(part, problem));
                }
            }
            if (destination.getNumberOfPages() == 0) {
                return new Result(0, merged, skipped);
            }
            destination.getDocumentCatalog().setDocumentOutline(outline);
            destination.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            destination.save(temp.toFile());
            ResultFiles.moveIntoPlace(temp, target);
            return new Result(destination.getNumberOfPages(), merged, skipped);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Appends the part's pages and its bookmark; returns why it was skipped, or null. */
    private static String append(Part part, PDDocument destination, PDDocumentOutline outline) {
        if (!Files.isRegularFile(part.pdf())) {
            return "missing: " + part.pdf();
        }
        try (PDDocument source = Loader.loadPDF(part.pdf().toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            if (source.getNumberOfPages() == 0) {
                return "no pages: " + part.pdf();
            }
            // a cloner per part: it remembers every object it copied, and the source is closed after this part
            PDFCloneUtility cloner = new PDFCloneUtility(destination) {
            };
            List<PDPage> pages = new ArrayList<>();
            for (PDPage page : source.getPages()) {
                pages.add(copy(page, cloner));
            }
            // pages are added only once all of them copied, so a part that breaks halfway leaves nothing behind
            pages.forEach(destination::addPage);
            outline.addLast(bookmark(part.caseName(), pages.get(0)));
            return null;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports some damaged files with runtime exceptions
            return "unreadable: " + part.pdf() + ": " + e.getMessage();
        }
    }

    /** A copy of {@code page} for the destination, with the attributes it inherited from its page tree made its own. */
    private static PDPage copy(PDPage page, PDFCloneUtility cloner) throws IOException {
        COSDictionary withoutParent = new COSDictionary(page.getCOSObject());
        // the parent is the source's page tree: copying it would copy every page of the source
        withoutParent.removeItem(COSName.PARENT);
        PDPage copy = new PDPage(cloner.cloneForNewDocument(withoutParent));
        copy.setMediaBox(page.getMediaBox());
        copy.setCropBox(page.getCropBox());
        copy.setRotation(page.getRotation());
        PDResources resources = page.getResources();
        copy.setResources(resources == null ? new PDResources()
                : new PDResources(cloner.cloneForNewDocument(resources.getCOSObject())));
        return copy;
    }

    private static PDOutlineItem bookmark(String title, PDPage page) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }

}
