package org.primebatch.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Json;
import org.primebatch.api.RpcException;

/** Methods that exercise the transport: echo, failures of each kind, notifications and a call that hangs. */
final class TestHandler implements RequestHandler {
    final List<String> notes = new CopyOnWriteArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger closes = new AtomicInteger();

    @Override
    public JsonNode handle(String method, JsonNode params, Session session) {
        switch (method) {
            case "echo":
                return params;
            case "note":
                notes.add(params.path("text").asText());
                return Json.object();
            case "boom":
                throw new IllegalStateException("boom");
            case "bad":
                throw new IllegalArgumentException("count must be positive");
            case "fail":
                throw new RpcException(ErrorCode.NOT_FOUND, "no batch 7", Json.object().put("batch", 7));
            case "watch":
                session.onClose(closes::incrementAndGet);
                return Json.object();
            case "error":
                throw new AssertionError("an Error, not an exception");
            case "session":
                return Json.object().put("id", session.id());
            case "push": {
                int count = params.path("count").asInt();
                for (int i = 1; i <= count; i++) {
                    session.notify("tick", Json.object().put("n", i));
                }
                return Json.object().put("sent", count);
            }
            case "flood": {
                String payload = "x".repeat(1024);
                int sent = 0;
                while (sent < 1_000_000 && session.notify("tick", Json.object().put("n", sent).put("pad", payload))) {
                    sent++;
                }
                return Json.object().put("sent", sent);
            }
            case "hang":
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Json.object();
            default:
                throw new RpcException(ErrorCode.METHOD_NOT_FOUND, "no method " + method);
        }
    }
}
