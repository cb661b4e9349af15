package org.primebatch.cases;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Reads one sheet of an XLS (BIFF8) workbook as a case table from the stream of its records, without building the
 * workbook in memory. Reading stops at the end of the wanted sheet.
 */
final class XlsCaseReader {
    private static final short CONTINUE = 0;
    private static final short STOP = 1;

    private final Path file;
    private final String sheet;
    private final SheetCaseCollector collector;

    /** @param sheet the sheet's name (case-insensitive, as in Excel), or null for the first sheet */
    XlsCaseReader(Path file, String sheet, int maxCases) {
        this.file = file;
        this.sheet = sheet;
        this.collector = new SheetCaseCollector(maxCases);
    }

    CaseTable read() {
        Listener listener = new Listener();
        try (POIFSFileSystem filesystem = new POIFSFileSystem(file.toFile(), true)) {
            if (filesystem.getRoot().hasEntry("EncryptionInfo")) {
                throw WorkbookProblems.fileProblem(file, "the workbook is password-protected; save it without a password");
            }
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(listener);
            new HSSFEventFactory().abortableProcessWorkbookEvents(request, filesystem);
        } catch (CaseFileException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw WorkbookProblems.fileProblem(file, "the workbook is password-protected; save it without a password");
        } catch (OldExcelFormatException e) {
            throw WorkbookProblems.fileProblem(file, "an Excel 5.0/95 or older workbook; save it as .xlsx");
        } catch (IOException | HSSFUserException | RuntimeException e) {
            // POI reports damaged records with assorted unchecked exceptions
            throw WorkbookProblems.notAWorkbook(file, "XLS", e);
        }
        if (listener.sheetName == null) {
            throw WorkbookProblems.noSuchSheet(file, sheet, listener.names());
        }
        return collector.finish(WorkbookProblems.source(file, listener.sheetName));
    }

    /** Follows the record stream: the globals (sheet names, shared strings), then each sheet's substream. */
    private final class Listener extends AbortableHSSFListener {
        private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
        private BoundSheetRecord[] sheetsInStreamOrder;
        private SSTRecord strings;
        private int depth;
        private int substream = -1;
        private boolean inWantedSheet;
        private String sheetName;
        private FormulaRecord stringFormula;

        @Override
        public short abortableProcessRecord(Record record) {
            if (record instanceof BOFRecord bof) {
                return startSubstream(bof);
            }
            if (record instanceof EOFRecord) {
                depth--;
                return depth == 0 && inWantedSheet ? STOP : CONTINUE;
            }
            if (record instanceof BoundSheetRecord boundSheet) {
                boundSheets.add(boundSheet);
            } else if (record instanceof SSTRecord sst) {
                strings = sst;
            } else if (inWantedSheet && depth == 1) {
                cellRecord(record);
                if (collector.full()) {
                    return STOP;
                }
            }
            return CONTINUE;
        }

        private short startSubstream(BOFRecord bof) {
            depth++;
            if (depth != 1 || bof.getType() == BOFRecord.TYPE_WORKBOOK) {
                return CONTINUE;
            }
            if (sheetsInStreamOrder == null) {
                sheetsInStreamOrder = BoundSheetRecord.orderByBofPosition(boundSheets);
                if (wantedName() == null) {
                    return STOP;
                }
            }
            substream++;
            String name = substream < sheetsInStreamOrder.length ? sheetsInStreamOrder[substream].getSheetname() : null;
            inWantedSheet = name != null && name.equals(wantedName()) && bof.getType() == BOFRecord.TYPE_WORKSHEET;
            if (inWantedSheet) {
                sheetName = name;
            }
            return CONTINUE;
        }

        /** The wanted sheet's name as the workbook spells it, or null when there is no such sheet. */
        private String wantedName() {
            for (BoundSheetRecord boundSheet : boundSheets) {
                if (sheet == null || sheet.equalsIgnoreCase(boundSheet.getSheetname())) {
                    return boundSheet.getSheetname();
                }
            }
            return null;
        }

        private void cellRecord(Record record) {
            if (record instanceof StringRecord text && stringFormula != null) {
                cell(stringFormula, new SheetCell.Text(text.getString()));
                stringFormula = null;
            } else if (record instanceof NumberRecord number) {
                cell(number, new SheetCell.Number(number.getValue()));
            } else if (record instanceof LabelSSTRecord label) {
                cell(label, new SheetCell.Text(strings.getString(label.getSSTIndex()).getString()));
            } else if (record instanceof LabelRecord label) {
                cell(label, new SheetCell.Text(label.getValue()));
            } else if (record instanceof BoolErrRecord boolErr) {
                cell(boolErr, boolErr.isBoolean()
                        ? new SheetCell.Bool(boolErr.getBooleanValue())
                        : new SheetCell.Error(errorCode(boolErr.getErrorValue())));
            } else if (record instanceof FormulaRecord formula) {
                formula(formula);
            }
        }

        private void formula(FormulaRecord formula) {
            CellType type = formula.getCachedResultTypeEnum();
            switch (type) {
                case NUMERIC -> cell(formula, new SheetCell.Number(formula.getValue()));
                case BOOLEAN -> cell(formula, new SheetCell.Bool(formula.getCachedBooleanValue()));
                case ERROR -> cell(formula, new SheetCell.Error(errorCode(formula.getCachedErrorValue())));
                // the text follows in a string record, unless the formula's text is empty
                case STRING -> stringFormula = formula.hasCachedResultString() ? formula : null;
                default -> { }
            }
        }

        private void cell(CellValueRecordInterface record, SheetCell cell) {
            collector.cell(record.getRow() + 1, record.getColumn(), cell);
        }

        private List<String> names() {
            return boundSheets.stream().map(BoundSheetRecord::getSheetname).toList();
        }
    }

    private static String errorCode(int code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERROR";
    }
}
