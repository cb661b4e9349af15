package org.primebatch.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.primebatch.api.CaseInput;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.RpcException;
import org.primebatch.queue.Submitter;

/**
 * Cases sent in chunks by {@code batch.upload}, held per session until a {@code batch.submit} names the upload and
 * queues it all at once. An upload ends with its session: nothing half-sent is ever queued.
 */
final class Uploads {
    private final Map<Long, List<CaseInput>> open = new ConcurrentHashMap<>();
    private final Map<Long, Long> owners = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    long append(Session session, Long uploadId, List<CaseInput> chunk) {
        long id = uploadId != null ? uploadId : newUpload(session);
        List<CaseInput> cases = open.get(id);
        if (cases == null || !ownedBy(session, id)) {
            throw new RpcException(ErrorCode.NOT_FOUND, "no upload " + uploadId + " on this connection");
        }
        synchronized (cases) {
            if (cases.size() + chunk.size() > Submitter.MAX_CASES) {
                throw new RpcException(ErrorCode.INVALID_CASES, "an upload holds at most " + Submitter.MAX_CASES + " cases");
            }
            cases.addAll(chunk);
        }
        return id;
    }

    int size(long id) {
        List<CaseInput> cases = open.get(id);
        return cases == null ? 0 : cases.size();
    }

    List<CaseInput> take(Session session, long id) {
        if (!ownedBy(session, id)) {
            throw new RpcException(ErrorCode.NOT_FOUND, "no upload " + id + " on this connection");
        }
        List<CaseInput> cases = open.remove(id);
        owners.remove(id);
        if (cases == null) {
            throw new RpcException(ErrorCode.NOT_FOUND, "no upload " + id + " on this connection");
        }
        return cases;
    }

    private long newUpload(Session session) {
        long id = ids.incrementAndGet();
        open.put(id, new ArrayList<>());
        owners.put(id, session.id());
        session.onClose(() -> {
            open.remove(id);
            owners.remove(id);
        });
        return id;
    }

    private boolean ownedBy(Session session, long id) {
        Long owner = owners.get(id);
        return owner != null && owner == session.id();
    }
}
