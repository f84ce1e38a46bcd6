package dev.setpoint.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * A light HTTP/1.1 load driver: a fixed set of keep-alive connections on one selector, requests
 * sent as pre-built bytes, one request at a time per connection (no pipelining).
 *
 * <p>{@link #fixedRate} is open-loop: request <i>i</i> is due at start + <i>i</i> / rate whatever
 * the earlier responses did; when every connection is busy it waits in a queue here, and its
 * latency runs from its due time to the end of its response, so a stalled server shows as latency
 * and not as fewer requests (no coordinated omission). {@link #saturate} is closed-loop: every
 * connection sends its next request as soon as the last one is answered, which measures the most
 * the server can do.
 *
 * <p>Two threads: the caller paces the requests and a receiver thread reads the responses and hands
 * a freed connection the next waiting request at once.
 */
final class HttpLoad implements AutoCloseable {

    private static final long TIMEOUT = TimeUnit.SECONDS.toNanos(10);
    private static final long DRAIN = TimeUnit.SECONDS.toNanos(30);

    private final InetSocketAddress address;
    private final Selector selector;
    private final List<Connection> connections = new ArrayList<>();
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private final ArrayDeque<Connection> broken = new ArrayDeque<>();
    private final Thread receiver;
    private volatile boolean closed;
    private @Nullable Run run; // guarded by idle, like every field of Connection and Run

    HttpLoad(InetSocketAddress address, int connectionCount) throws IOException {
        this.address = address;
        this.selector = Selector.open();
        for (int i = 0; i < connectionCount; i++) {
            Connection connection = new Connection();
            connection.open();
            connections.add(connection);
            idle.add(connection);
        }
        receiver = new Thread(this::receive, "load-receiver");
        receiver.setDaemon(true);
        receiver.start();
    }

    /** Open-loop: {@code rate} requests a second for {@code seconds}; latency from each due time. */
    Result fixedRate(byte[] request, int rate, int seconds) throws InterruptedException {
        int total = rate * seconds;
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        Run current = start(new Run(request, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10), period, total, 0));
        for (int i = 0; i < total; i++) {
            long due = current.start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            synchronized (idle) {
                current.due = i + 1;
                dispatch();
            }
        }
        return finish(current);
    }

    /** Closed-loop: every connection busy for {@code seconds}; latency from each send. */
    Result saturate(byte[] request, int seconds) throws InterruptedException {
        long start = System.nanoTime();
        Run current = start(new Run(request, start, 0, Integer.MAX_VALUE, start + TimeUnit.SECONDS.toNanos(seconds)));
        synchronized (idle) {
            dispatch();
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        return finish(current);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        selector.wakeup();
        try {
            receiver.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (idle) {
            for (Connection connection : connections) {
                if (connection.channel != null) {
                    connection.channel.close();
                }
            }
        }
        selector.close();
    }

    private Run start(Run next) {
        synchronized (idle) {
            run = next;
        }
        return next;
    }

    /** Waits for the requests in flight (at most 30 s) and counts the ones still missing as errors. */
    private Result finish(Run current) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN;
        while (System.nanoTime() < deadline) {
            synchronized (idle) {
                if (current.done == current.sentOrDue()) {
                    break;
                }
            }
            Thread.sleep(10);
        }
        synchronized (idle) {
            current.stopped = true;
            return current.result();
        }
    }

    /** Hands due requests to idle connections. Called with the lock held. */
    private void dispatch() {
        long now = System.nanoTime();
        while (run != null && !idle.isEmpty() && run.hasDue(now)) {
            int slot = run.sent++;
            idle.poll().send(slot, run.dueTime(slot, now), now);
        }
    }

    private void receive() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        while (!closed) {
            try {
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    ((Connection) key.attachment()).readable(key, buffer);
                }
                selector.selectedKeys().clear();
                expire();
                reopenBroken();
            } catch (IOException e) {
                if (!closed) {
                    throw new IllegalStateException("load receiver failed", e);
                }
            }
        }
    }

    private void expire() {
        long now = System.nanoTime();
        synchronized (idle) {
            for (Connection connection : connections) {
                if (connection.slot >= 0 && now - connection.sentAt > TIMEOUT) {
                    connection.fail(now);
                }
            }
        }
    }

    private void reopenBroken() throws IOException {
        synchronized (idle) {
            while (!broken.isEmpty()) {
                Connection connection = broken.poll();
                connection.open();
                idle.add(connection);
            }
            dispatch();
        }
    }

    /** The figures of one run. */
    record Result(long[] latencies, int errors, long elapsedNanos, long completed) {

        /** Successful responses per second over the run. */
        double throughput() {
            return elapsedNanos == 0 ? 0 : (completed - errors) / (elapsedNanos / 1e9);
        }

        /** The latency at {@code quantile} in milliseconds. */
        double millis(double quantile) {
            return latencies.length == 0 ? 0 : latencies[(int) Math.ceil(quantile * latencies.length) - 1] / 1e6;
        }

        double maxMillis() {
            return latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6;
        }
    }

    private static final class Run {
        final byte[] request;
        final long start;
        final long period;
        final int total;
        final long end;
        final long[] latency;
        int due;
        int sent;
        int done;
        int errors;
        long lastDone;
        boolean stopped;

        /** {@code period} 0 is closed-loop until {@code end}; otherwise {@code total} requests one period apart. */
        Run(byte[] request, long start, long period, int total, long end) {
            this.request = request;
            this.start = start;
            this.period = period;
            this.total = total;
            this.end = end;
            this.latency = new long[period == 0 ? 1 << 20 : total];
            Arrays.fill(latency, -1);
        }

        boolean hasDue(long now) {
            if (stopped) {
                return false;
            }
            return period == 0 ? now < end && sent < latency.length : sent < due;
        }

        long dueTime(int slot, long now) {
            return period == 0 ? now : start + slot * period;
        }

        int sentOrDue() {
            return period == 0 ? sent : total;
        }

        void record(int slot, long latencyNanos, long now, boolean ok) {
            latency[slot] = latencyNanos;
            done++;
            errors += ok ? 0 : 1;
            lastDone = Math.max(lastDone, now);
        }

        Result result() {
            long[] sorted =
                    Arrays.stream(latency).filter(nanos -> nanos >= 0).sorted().toArray();
            int missing = sentOrDue() - done;
            return new Result(sorted, errors + missing, lastDone - start, done + missing);
        }
    }

    private final class Connection {
        final ResponseReader reader = new ResponseReader();

        @Nullable
        SocketChannel channel;

        @Nullable
        Run owner;

        int slot = -1;
        long dueAt;
        long sentAt;

        void open() throws IOException {
            channel = SocketChannel.open(address);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ, this);
        }

        /** Sends request {@code slot} of the current run. Called with the lock held. */
        void send(int slot, long dueAt, long now) {
            this.owner = run;
            this.slot = slot;
            this.dueAt = dueAt;
            this.sentAt = now;
            reader.reset();
            try {
                ByteBuffer bytes = ByteBuffer.wrap(owner.request);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            } catch (IOException e) {
                fail(now);
            }
        }

        void readable(SelectionKey key, ByteBuffer buffer) throws IOException {
            buffer.clear();
            int n;
            try {
                n = ((SocketChannel) key.channel()).read(buffer);
            } catch (IOException e) {
                n = -1;
            }
            long now = System.nanoTime();
            synchronized (idle) {
                if (key.channel() != channel) {
                    return; // a channel this connection has already replaced
                }
                if (n < 0) {
                    lost(now);
                    return;
                }
                buffer.flip();
                if (slot >= 0 && reader.feed(buffer)) {
                    complete(now, reader.status() == 200);
                }
            }
        }

        /**
         * The server closed the connection. An idle connection, or a request of which nothing came
         * back yet (the server closed an idle keep-alive connection as it was sent), is simply
         * retried on a new connection; a half-received response is an error.
         */
        private void lost(long now) throws IOException {
            channel.close();
            if (slot >= 0 && reader.started()) {
                fail(now);
                return;
            }
            int retry = slot;
            slot = -1;
            open();
            if (retry >= 0 && owner == run) {
                send(retry, dueAt, now);
            } else {
                idle.add(this);
                dispatch();
            }
        }

        private void complete(long now, boolean ok) throws IOException {
            owner.record(slot, now - dueAt, now, ok);
            slot = -1;
            if (reader.close()) {
                channel.close();
                open();
            }
            idle.add(this);
            dispatch();
        }

        /** The request in flight failed: an error, and the connection is replaced by the receiver. */
        void fail(long now) {
            if (slot >= 0) {
                owner.record(slot, now - dueAt, now, false);
                slot = -1;
            }
            try {
                channel.close();
            } catch (IOException ignored) {
                // it is replaced either way
            }
            channel = null;
            idle.remove(this);
            broken.add(this);
            selector.wakeup();
        }
    }
}
