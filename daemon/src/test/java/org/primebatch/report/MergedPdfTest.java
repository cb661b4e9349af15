package org.primebatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergedPdfTest {
    @TempDir
    Path dir;

    @Test
    void mergesPartsInOrderWithABookmarkPerCase() throws IOException {
        MergedPdf.Part first = new MergedPdf.Part("case 1", pdf("one.pdf", "first", 2));
        MergedPdf.Part missing = new MergedPdf.Part("case 2", dir.resolve("two.pdf"));
        MergedPdf.Part third = new MergedPdf.Part("case 3", pdf("three.pdf", "third", 1));
        MergedPdf.Part corrupt = new MergedPdf.Part("case 4", Files.writeString(dir.resolve("four.pdf"), "%PDF-1.7 not really"));
        MergedPdf.Part fifth = new MergedPdf.Part("case 5", pdf("five.pdf", "fifth", 3));
        Path target = dir.resolve("all.pdf");

        MergedPdf.Result result = MergedPdf.write(List.of(first, missing, third, corrupt, fifth), target);

        assertThat(result.pages()).isEqualTo(6);
        assertThat(result.merged()).containsExactly(first, third, fifth);
        assertThat(result.skipped()).extracting(MergedPdf.Skipped::part).containsExactly(missing, corrupt);
        assertThat(result.skipped().get(0).reason()).startsWith("missing");
        assertThat(result.skipped().get(1).reason()).startsWith("unreadable");
        try (PDDocument merged = Loader.loadPDF(target.toFile())) {
            assertThat(merged.getNumberOfPages()).isEqualTo(6);
            assertThat(pageText(merged, 1)).contains("first page 1");
            assertThat(pageText(merged, 3)).contains("third page 1");
            assertThat(pageText(merged, 6)).contains("fifth page 3");
            List<String> bookmarks = new ArrayList<>();
            List<Integer> firstPages = new ArrayList<>();
            for (PDOutlineItem item : merged.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                PDPage page = ((PDPageDestination) item.getDestination()).getPage();
                firstPages.add(merged.getPages().indexOf(page));
            }
            assertThat(bookmarks).containsExactly("case 1", "case 3", "case 5");
            assertThat(firstPages).containsExactly(0, 2, 3);
        }
        assertThat(dir.resolve(".all.pdf.part")).doesNotExist();
    }

    @Test
    void writesNothingWhenNoPartCanBeRead() throws IOException {
        Path target = dir.resolve("all.pdf");

        MergedPdf.Result result = MergedPdf.write(List.of(new MergedPdf.Part("case 1", dir.resolve("none.pdf"))), target);

        assertThat(result.pages()).isZero();
        assertThat(result.skipped()).hasSize(1);
        assertThat(target).doesNotExist();
    }

    private Path pdf(String name, String text, int pages) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 720);
                    content.showText(text + " page " + i);
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
