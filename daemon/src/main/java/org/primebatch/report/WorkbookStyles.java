package org.primebatch.report;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.primebatch.api.ItemState;

/** The few cell styles of a results workbook, made once: a workbook holds at most 64,000 styles. */
final class WorkbookStyles {
    /** How a row stands out: a failed or cancelled case gets a fill colour. */
    enum RowMark {
        PLAIN(null), FAILED(IndexedColors.ROSE), CANCELLED(IndexedColors.GREY_25_PERCENT);

        private final IndexedColors fill;

        RowMark(IndexedColors fill) {
            this.fill = fill;
        }

        static RowMark of(ItemState state) {
            if (state == ItemState.FAILED) {
                return FAILED;
            }
            return state == ItemState.CANCELLED ? CANCELLED : PLAIN;
        }
    }

    private final CellStyle header;
    private final CellStyle dateTime;
    private final Map<RowMark, CellStyle> text = new EnumMap<>(RowMark.class);
    private final Map<RowMark, CellStyle> link = new EnumMap<>(RowMark.class);
    private final Map<RowMark, CellStyle> fromWorksheet = new EnumMap<>(RowMark.class);

    WorkbookStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);

        CreationHelper helper = workbook.getCreationHelper();
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));

        Font linkFont = workbook.createFont();
        linkFont.setUnderline(FontUnderline.SINGLE.getByteValue());
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        Font muted = workbook.createFont();
        muted.setItalic(true);
        muted.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        for (RowMark mark : RowMark.values()) {
            text.put(mark, marked(workbook.createCellStyle(), mark));
            CellStyle worksheetValue = marked(workbook.createCellStyle(), mark);
            worksheetValue.setFont(muted);
            fromWorksheet.put(mark, worksheetValue);
            CellStyle linkStyle = marked(workbook.createCellStyle(), mark);
            linkStyle.setFont(linkFont);
            link.put(mark, linkStyle);
        }
    }

    private static CellStyle marked(CellStyle style, RowMark mark) {
        if (mark.fill != null) {
            style.setFillForegroundColor(mark.fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    CellStyle header() {
        return header;
    }

    CellStyle dateTime() {
        return dateTime;
    }

    CellStyle cell(RowMark mark) {
        return text.get(mark);
    }

    /** A value the case did not give, the worksheet's own: grey italics, so a reader sees it was not given. */
    CellStyle fromWorksheet(RowMark mark) {
        return fromWorksheet.get(mark);
    }

    CellStyle link(RowMark mark) {
        return link.get(mark);
    }
}
