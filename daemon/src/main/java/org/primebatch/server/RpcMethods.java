package org.primebatch.server;

import org.primebatch.access.Caller;
import org.primebatch.access.PathAccess;
import org.primebatch.mcdx.McdxWorksheet;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.DesignationNames;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseInput;
import org.primebatch.api.InputSyntax;
import org.primebatch.api.EngineInfo;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Event;
import org.primebatch.api.ItemOrder;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;
import org.primebatch.api.OverwritePolicy;
import org.primebatch.api.Protocol;
import org.primebatch.api.RpcException;
import org.primebatch.api.WorksheetCheck;
import org.primebatch.api.WorksheetInfo;
import org.primebatch.cases.CaseFileException;
import org.primebatch.cases.CaseTable;
import org.primebatch.cases.CaseTables;
import org.primebatch.cases.Column;
import org.primebatch.cases.Combine;
import org.primebatch.cases.Sweep;
import org.primebatch.cases.SweepException;
import org.primebatch.cases.Sweeps;
import org.primebatch.queue.ClientPaths;
import org.primebatch.queue.Engines;
import org.primebatch.mcdx.DesignationException;
import org.primebatch.mcdx.McdxException;
import org.primebatch.queue.Runner;
import org.primebatch.queue.Submitter;
import org.primebatch.report.Manifest;
import org.primebatch.report.OutputZip;
import org.primebatch.report.RecordedBatch;
import org.primebatch.report.OutputTarget;
import org.primebatch.report.ResultFiles;
import org.primebatch.store.AllItems;
import org.primebatch.store.Fence;
import org.primebatch.store.QueueStore;
import org.primebatch.store.StoreException;

/** The daemon's protocol methods, over the queue, the runner and the engines. */
public final class RpcMethods implements RequestHandler {
    private static final int MAX_PAGE = 1000;

    private final QueueStore store;
    private final Submitter submitter;
    private final Runner runner;
    private final Engines engines;
    private final EventHub events;
    private final DaemonControl daemon;
    private final Uploads uploads = new Uploads();
    private final EventFilter eventFilter;

    public RpcMethods(QueueStore store, Submitter submitter, Runner runner, Engines engines, EventHub events, DaemonControl daemon) {
        this.store = store;
        this.submitter = submitter;
        this.runner = runner;
        this.engines = engines;
        this.events = events;
        this.daemon = daemon;
        this.eventFilter = events.filter();
    }

    @Override
    public JsonNode handle(String method, JsonNode params, Session session) {
        try {
            return answer(method, new Params(params), session);
        } catch (StoreException e) {
            throw refusal(e);
        }
    }

    /** The protocol's error for a request the store refused; a failing database stays an internal error. */
    private static RuntimeException refusal(StoreException e) {
        ErrorCode code = switch (e.kind()) {
            case NOT_FOUND -> ErrorCode.NOT_FOUND;
            case INVALID_STATE -> ErrorCode.INVALID_STATE;
            case INVALID_CASES -> ErrorCode.INVALID_CASES;
            case FAILED -> null;
        };
        return code == null ? e : new RpcException(code, e.getMessage());
    }

    private JsonNode answer(String method, Params p, Session session) {
        Caller caller = session.caller();
        return switch (method) {
            case Protocol.DAEMON_STATUS -> Json.tree(daemon.status());
            case Protocol.DAEMON_SHUTDOWN -> {
                if (!caller.admin()) {
                    throw new RpcException(ErrorCode.FORBIDDEN, caller.name() + " may not stop the daemon: only its admins may"
                            + " (the daemon's own user, root and the members of admin.group)");
                }
                daemon.shutdown();
                yield Json.object().put("stopping", true);
            }
            case Protocol.ENGINE_LIST -> Json.tree(engineList());
            case Protocol.BATCH_UPLOAD -> upload(p, session);
            case Protocol.BATCH_SUBMIT -> submit(p, session);
            case Protocol.BATCH_LIST -> Json.tree(store.batches().stream().map(b -> shownTo(caller, b)).toList());
            case Protocol.BATCH_GET -> Json.tree(shownTo(caller, batch(p)));
            case Protocol.BATCH_ITEMS -> {
                owned(caller, p, "see the cases of");
                yield items(p);
            }
            case Protocol.BATCH_EVENTS -> batchEvents(p, caller);
            case Protocol.BATCH_CANCEL -> {
                long id = owned(caller, p, "cancel").id();
                List<Fence> running = store.cancelBatch(id);
                runner.cancel(running);
                yield Json.object().put("batch", id).put("running", running.size());
            }
            case Protocol.ITEM_CANCEL -> {
                long id = owned(caller, p, "cancel a case of").id();
                int item = (int) p.requiredLong("item");
                store.cancelItem(id, item).ifPresent(fence -> runner.cancel(List.of(fence)));
                yield Json.object().put("batch", id).put("item", item);
            }
            case Protocol.BATCH_PAUSE -> {
                long id = owned(caller, p, "pause").id();
                store.pause(id, "paused by request");
                yield Json.tree(batch(p));
            }
            case Protocol.BATCH_RESUME -> {
                long id = owned(caller, p, "resume").id();
                store.resume(id);
                runner.wakeUp();
                yield Json.tree(batch(p));
            }
            case Protocol.BATCH_RETRY -> {
                long id = owned(caller, p, "retry").id();
                int count = store.retry(id);
                runner.wakeUp();
                yield Json.object().put("batch", id).put("items", count);
            }
            case Protocol.BATCH_DELETE -> {
                long id = owned(caller, p, "delete").id();
                store.delete(id);
                runner.forget(id);
                yield Json.object().put("batch", id).put("deleted", true);
            }
            case Protocol.BATCH_RESULTS -> results(p, caller);
            case Protocol.EVENTS_SUBSCRIBE -> {
                EventHub.Subscription sub = events.subscribe(session, p.optionalLong("since", 0), p.textSet("topics"));
                yield Json.object().put("lastSeq", sub.lastSeq()).put("gap", sub.gap());
            }
            case Protocol.WORKSHEET_INSPECT -> Json.tree(inspect(p, caller));
            case Protocol.WORKSHEET_CHECK -> Json.tree(check(p, caller));
            default -> throw new RpcException(ErrorCode.METHOD_NOT_FOUND, "unknown method: " + method);
        };
    }

    /** The batch as {@code caller} may see it: whole to its owner and admins, without the worksheet's values to others. */
    private static BatchView shownTo(Caller caller, BatchView batch) {
        return caller.mayActOn(batch.owner()) ? batch : batch.withoutInputs();
    }

    /** The batch the request names, when {@code caller} may act on it; else a {@code forbidden} error. */
    private BatchView owned(Caller caller, Params p, String verb) {
        BatchView batch = batch(p);
        if (!caller.mayActOn(batch.owner())) {
            String whose = batch.owner() == null ? "was queued before owners were recorded"
                    : "belongs to " + batch.owner();
            ObjectNode data = Json.object().put("batch", batch.id());
            data.put("owner", batch.owner());
            throw new RpcException(ErrorCode.FORBIDDEN, "batch " + batch.id() + " " + whose + ": " + caller.name()
                    + " may not " + verb + " it (only its owner and the daemon's admins may)", data);
        }
        return batch;
    }

    private List<EngineInfo> engineList() {
        return daemon.engines();
    }

    private WorksheetInfo inspect(Params p, Caller caller) {
        McdxWorksheet worksheet = designated(p, caller);
        return p.node().path("all").asBoolean(false) ? worksheet.inspectAll() : worksheet.inspect();
    }

    private WorksheetCheck check(Params p, Caller caller) {
        return designated(p, caller).check();
    }

    /** The worksheet the params name, with the definitions they designate by name ({@code designate}) designated. */
    private McdxWorksheet designated(Params p, Caller caller) {
        Path file = worksheetFile(p, caller);
        JsonNode names = p.optionalObject("designate");
        McdxWorksheet worksheet;
        try {
            worksheet = McdxWorksheet.open(file);
        } catch (McdxException e) {
            throw new RpcException(ErrorCode.INVALID_PARAMS, e.getMessage());
        }
        try {
            return worksheet.designating(names == null ? DesignationNames.NONE : Json.convert(names, DesignationNames.class));
        } catch (DesignationException e) {
            throw new RpcException(ErrorCode.INVALID_PARAMS, Protocol.CANNOT_DESIGNATE + ": " + e.getMessage());
        }
    }

    /** The worksheet the request names, when the caller could read it themselves: the path to read. */
    private Path worksheetFile(Params p, Caller caller) {
        String worksheet = p.optionalText("worksheet");
        if (worksheet == null) {
            throw Params.invalid("worksheet is required (the absolute path of an .mcdx file)");
        }
        Path file = paths().readable(caller, "worksheet", worksheet, ErrorCode.INVALID_PARAMS, ErrorCode.NOT_FOUND);
        if (!Files.isRegularFile(file)) {
            throw new RpcException(ErrorCode.NOT_FOUND, "worksheet not found: " + worksheet);
        }
        return file;
    }

    private ClientPaths paths() {
        return submitter.paths();
    }

    private BatchView batch(Params p) {
        long id = p.requiredLong("batch");
        return store.batch(id).orElseThrow(() -> new RpcException(ErrorCode.NOT_FOUND, "no batch " + id));
    }

    private JsonNode upload(Params p, Session session) {
        JsonNode upload = p.node().get("upload");
        Long uploadId = upload == null || upload.isNull() ? null : p.requiredLong("upload");
        List<CaseInput> chunk = cases(p.optionalArray("cases"));
        long id = uploads.append(session, uploadId, chunk);
        return Json.object().put("upload", id).put("cases", uploads.size(id));
    }

    private JsonNode submit(Params p, Session session) {
        Caller caller = session.caller();
        JsonNode specNode = p.optionalObject("spec");
        String manifest = p.optionalText("manifest");
        RecordedBatch recorded = manifest != null ? readManifest(manifest, caller) : null;
        if (specNode == null && recorded == null) {
            throw Params.invalid("spec is required");
        }
        // a batch run again from its manifest is a new batch: it gets a folder of its own, not the recorded one
        BatchSpec spec = specNode != null ? Json.convert(specNode, BatchSpec.class) : recorded.spec().withOutput(null, null);
        String caseFile = p.optionalText("caseFile");
        JsonNode inline = p.optionalArray("cases");
        JsonNode upload = p.node().get("upload");
        JsonNode sweepSpecs = p.optionalArray("sweeps");
        int sources = (caseFile != null ? 1 : 0) + (inline != null ? 1 : 0) + (upload != null && !upload.isNull() ? 1 : 0)
                + (recorded != null ? 1 : 0);
        if (sources > 1 || (sources == 0 && sweepSpecs == null)) {
            throw Params.invalid("give one of cases, caseFile, upload or manifest, or sweeps, or one of the first three with sweeps");
        }
        if (recorded != null && sweepSpecs != null) {
            throw Params.invalid("a manifest's cases are run as recorded: no sweeps with them");
        }
        List<CaseInput> cases;
        if (sources == 0) {
            cases = List.of();
        } else if (caseFile != null) {
            cases = readCaseFile(caseFile, caller, p.optionalText("sheet"));
        } else if (inline != null) {
            cases = cases(inline);
        } else if (recorded != null) {
            cases = recordedCases(recorded, p.textSet("only"));
        } else {
            cases = uploads.take(session, p.requiredLong("upload"));
        }
        if (sweepSpecs != null) {
            cases = swept(sources == 0 ? null : cases, sweepSpecs, p.optionalText("combine"), p.optionalLong("maxCases", Submitter.MAX_CASES));
        }
        if (p.node().path("dryRun").asBoolean(false)) {
            return Json.tree(submitter.preview(caller, spec, cases));
        }
        return Json.tree(submitter.submit(caller, spec, cases));
    }

    private RecordedBatch readManifest(String manifest, Caller caller) {
        Path file = paths().readable(caller, "manifest", manifest, ErrorCode.INVALID_PARAMS, ErrorCode.INVALID_CASES);
        try {
            return Manifest.read(file);
        } catch (IOException e) {
            throw new RpcException(ErrorCode.INVALID_CASES, e.getMessage());
        }
    }

    /** The recorded cases, or only those that ended in the given states ({@code failed}, {@code cancelled}…). */
    private static List<CaseInput> recordedCases(RecordedBatch recorded, Set<String> only) {
        if (only == null || only.isEmpty()) {
            return recorded.caseInputs();
        }
        Set<ItemState> states = EnumSet.noneOf(ItemState.class);
        for (String word : only) {
            try {
                states.add(ItemState.parse(word));
            } catch (IllegalArgumentException e) {
                throw Params.invalid("only: '" + word + "' is not a case state (succeeded, failed, cancelled, pending, running, skipped)");
            }
        }
        List<CaseInput> cases = recorded.caseInputs(states);
        if (cases.isEmpty()) {
            throw new RpcException(ErrorCode.INVALID_CASES, "the manifest holds no case that is " + String.join(" or ", only));
        }
        return cases;
    }

    /** The base cases (or none) multiplied by the sweeps, refused whole when they would exceed {@code limit}. */
    private static List<CaseInput> swept(List<CaseInput> base, JsonNode specs, String combine, long limit) {
        if (limit < 1 || limit > Submitter.MAX_CASES) {
            throw Params.invalid("maxCases must be between 1 and " + Submitter.MAX_CASES);
        }
        try {
            List<Sweep> sweeps = new ArrayList<>();
            for (JsonNode spec : specs) {
                sweeps.add(Sweep.parse(spec.asText()));
            }
            Combine how = combine == null ? Combine.PRODUCT : Combine.parse(combine);
            CaseTable table = null;
            if (base != null) {
                Set<String> aliases = new java.util.LinkedHashSet<>();
                base.forEach(c -> aliases.addAll(c.inputs().keySet()));
                table = new CaseTable(aliases.stream().map(alias -> new Column(alias, null)).toList(), base);
            }
            return Sweeps.expand(table, sweeps, how, limit).cases();
        } catch (SweepException e) {
            throw new RpcException(ErrorCode.INVALID_CASES, e.getMessage());
        }
    }

    private List<CaseInput> readCaseFile(String caseFile, Caller caller, String sheet) {
        Path file = paths().readable(caller, "caseFile", caseFile, ErrorCode.INVALID_PARAMS, ErrorCode.INVALID_CASES);
        if (!Files.isRegularFile(file)) {
            throw new RpcException(ErrorCode.INVALID_CASES, "case file not found: " + caseFile);
        }
        try {
            return CaseTables.read(file, sheet).cases();
        } catch (CaseFileException e) {
            throw new RpcException(ErrorCode.INVALID_CASES, e.getMessage(),
                    Json.object().set("problems", Json.tree(e.problems())));
        } catch (IOException e) {
            throw new RpcException(ErrorCode.INVALID_CASES, "cannot read case file " + file + ": " + e.getMessage());
        }
    }

    private static List<CaseInput> cases(JsonNode array) {
        if (array == null) {
            throw Params.invalid("cases is required");
        }
        String shape = "cases must be a list of {\"name\": …, \"inputs\": {alias: value}}";
        if (!array.isArray()) {
            throw Params.invalid(shape);
        }
        for (int i = 0; i < array.size(); i++) {
            String problem = caseShapeProblem(array.get(i));
            if (problem != null) {
                throw Params.invalid(shape + "; case " + (i + 1) + ": " + problem);
            }
        }
        try {
            return Json.MAPPER.convertValue(array, new TypeReference<List<CaseInput>>() { });
        } catch (IllegalArgumentException e) {
            throw Params.invalid(shape + ", each value one of " + InputSyntax.VALUE_FORMS);
        }
    }

    /** What is wrong with the shape of one case of {@code batch.submit}, in the protocol's words; null when nothing. */
    private static String caseShapeProblem(JsonNode c) {
        if (!c.isObject()) {
            return "not an object";
        }
        if (c.has("name") && !c.get("name").isTextual() && !c.get("name").isNull()) {
            return "its name is not a string";
        }
        JsonNode inputs = c.path("inputs");
        if (!inputs.isObject()) {
            return "its inputs are not an object of alias: value";
        }
        for (var input : inputs.properties()) {
            JsonNode value = input.getValue();
            boolean valid = value.isObject() && value.has("value") && !value.get("value").isNull()
                    && (!value.has("unit") || value.get("unit").isTextual() || value.get("unit").isNull());
            if (!valid) {
                return "input '" + input.getKey() + "' is " + value + ", not a value; write " + InputSyntax.VALUE_FORMS;
            }
        }
        return null;
    }

    private JsonNode items(Params p) {
        long id = p.requiredLong("batch");
        batch(p);
        int after = (int) p.optionalLong("after", 0);
        int limit = (int) Math.min(Math.max(p.optionalLong("limit", 100), 1), MAX_PAGE);
        String stateWord = p.optionalText("state");
        ItemState state;
        try {
            state = stateWord == null ? null : ItemState.parse(stateWord);
        } catch (IllegalArgumentException e) {
            throw Params.invalid("state must be one of pending, running, succeeded, failed, cancelled, skipped");
        }
        ItemOrder order = order(p.optionalObject("sort"));
        if (order != null) {
            if (p.node().hasNonNull("after")) {
                throw Params.invalid("after pages cases in seq order; with sort, ask for an offset or around a case");
            }
            return sortedItems(p, id, order, limit, state);
        }
        if (p.node().hasNonNull("offset") || p.node().hasNonNull("around")) {
            throw Params.invalid("offset and around page sorted cases: give sort too");
        }
        List<ItemView> page = store.items(id, after, limit, state);
        ObjectNode result = Json.object();
        result.set("items", Json.tree(page));
        if (page.size() == limit) {
            result.put("next", page.get(page.size() - 1).seq());
        } else {
            result.putNull("next");
        }
        return result;
    }

    /**
     * A page of cases in {@code order}: the one {@code offset} cases in, or the one (starting at a multiple of
     * {@code limit}) that holds case {@code around}. {@code offset} says where the page starts, null when the case asked
     * around is not among them; {@code next} is the offset of the following page, null after the last.
     */
    private JsonNode sortedItems(Params p, long id, ItemOrder order, int limit, ItemState state) {
        int offset;
        if (p.node().hasNonNull("around")) {
            OptionalInt position = store.position(id, order, state, (int) p.requiredLong("around"));
            if (position.isEmpty()) {
                ObjectNode none = Json.object();
                none.set("items", Json.MAPPER.createArrayNode());
                return none.putNull("offset").putNull("next");
            }
            offset = position.getAsInt() / limit * limit;
        } else {
            offset = (int) Math.max(p.optionalLong("offset", 0), 0);
        }
        List<ItemView> page = store.items(id, order, offset, limit, state);
        ObjectNode result = Json.object();
        result.set("items", Json.tree(page));
        result.put("offset", offset);
        if (page.size() == limit) {
            result.put("next", offset + limit);
        } else {
            result.putNull("next");
        }
        return result;
    }

    /** The {@code sort} of {@code batch.items}: {@code {"by": "output", "alias": "M_max", "descending": true}}. */
    private static ItemOrder order(JsonNode sort) {
        if (sort == null) {
            return null;
        }
        Params s = new Params(sort);
        try {
            String by = s.optionalText("by");
            JsonNode descending = sort.get("descending");
            if (descending != null && !descending.isNull() && !descending.isBoolean()) {
                throw Params.invalid("sort descending must be true or false");
            }
            return new ItemOrder(by == null ? null : ItemOrder.By.parse(by), s.optionalText("alias"),
                    descending != null && descending.asBoolean());
        } catch (IllegalArgumentException e) {
            throw Params.invalid(e.getMessage());
        }
    }

    /** A batch's stored events, newest page first: {@code next} is the {@code before} of the page older than this one. */
    private JsonNode batchEvents(Params p, Caller caller) {
        long id = batch(p).id();
        long before = p.optionalLong("before", Long.MAX_VALUE);
        int limit = (int) Math.min(Math.max(p.optionalLong("limit", 100), 1), MAX_PAGE);
        List<Event> page = store.batchEvents(id, before, limit);
        ObjectNode result = Json.object();
        result.set("events", Json.tree(page.stream().map(e -> eventFilter.shownTo(caller, e)).filter(e -> e != null).toList()));
        if (page.size() == limit) {
            result.put("next", page.get(0).seq());
        } else {
            result.putNull("next");
        }
        return result;
    }

    private JsonNode results(Params p, Caller caller) {
        BatchView view = owned(caller, p, "read the results of");
        String format = p.optionalText("format");
        format = format == null ? "csv" : format.toLowerCase(Locale.ROOT);
        if (!ResultFiles.FORMATS.contains(format)) {
            throw Params.invalid("format must be one of " + String.join(", ", ResultFiles.FORMATS));
        }
        String output = p.optionalText("output");
        String zip = p.optionalText("zip");
        // a file the client names may not lie in the daemon's home; the batch's own folder was chosen at submission
        Path target = output != null ? paths().writableFile(caller, "output", output, ErrorCode.INVALID_PARAMS)
                : OutputTarget.summary(Path.of(view.spec().outDir(), "results." + format),
                        OverwritePolicy.parse(view.spec().overwrite()), view.created(), view.id());
        Path zipFile = zip == null ? null : paths().writableFile(caller, "zip", zip, ErrorCode.INVALID_PARAMS);
        if (zipFile != null) {
            requireReadableFolder(caller, Path.of(view.spec().outDir()));
        }
        try {
            ResultFiles.write(format, view, new AllItems(store, view.id()), target, daemon.resultContext());
        } catch (IOException e) {
            throw new RpcException(ErrorCode.INVALID_PARAMS, "cannot write " + target + ": " + e.getMessage());
        }
        if (zipFile != null) {
            try {
                int files = OutputZip.write(Path.of(view.spec().outDir()), zipFile);
                return Json.object().put("batch", view.id()).put("path", target.toString()).put("format", format)
                        .put("items", view.counts().total()).put("zip", zipFile.toString()).put("zipFiles", files);
            } catch (IOException e) {
                throw new RpcException(ErrorCode.INVALID_PARAMS, "cannot write " + zipFile + ": " + e.getMessage());
            }
        }
        return Json.object().put("batch", view.id()).put("path", target.toString()).put("format", format)
                .put("items", view.counts().total());
    }

    /** A zip holds only what its caller could read themselves: the folder and every file in it. */
    private static void requireReadableFolder(Caller caller, Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        ClientPaths.refuse("zip of the output folder", folder, PathAccess.check(caller, folder, PathAccess.Need.READ_FOLDER));
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                PathAccess.Need need = Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        ? PathAccess.Need.READ_FOLDER : PathAccess.Need.READ;
                if (Files.isSymbolicLink(file)) {
                    continue;
                }
                ClientPaths.refuse("zip of the output folder", file, PathAccess.check(caller, file, need));
            }
        } catch (IOException e) {
            throw new RpcException(ErrorCode.INVALID_PARAMS, "cannot read the output folder " + folder + ": " + e.getMessage());
        }
    }
}
