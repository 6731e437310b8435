package lab.spectra.server.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Times one kind of request from a few concurrent clients and prints one line: requests, p50, p99
 * and max in milliseconds, and requests per second. A warm-up first, so the JIT and the pool are
 * not what is measured. Every answer must be a 2xx, or the measurement stops.
 */
final class LoadMeasure {

    private LoadMeasure() {}

    static void printHeader() {
        System.out.println(
                String.format("%-48s %8s %8s %8s %8s %10s", "request", "count", "p50 ms", "p99 ms", "max ms", "req/s"));
    }

    /** @param request sends the request numbered by its argument; answers the HTTP status */
    static void measure(String name, int requests, int clients, int warmUps, IntFunction<Integer> request)
            throws Exception {
        for (int i = 0; i < warmUps; i++) {
            int warmUpStatus = request.apply(i);
            if (warmUpStatus / 100 != 2) {
                throw new IllegalStateException(name + " answered " + warmUpStatus + " while warming up");
            }
        }
        long[] nanos = new long[requests];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                long begin = System.nanoTime();
                int status = request.apply(index);
                nanos[index] = System.nanoTime() - begin;
                if (status / 100 != 2) {
                    throw new IllegalStateException(name + " answered " + status);
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(nanos);
        System.out.println(String.format(
                "%-48s %8d %8.1f %8.1f %8.1f %10.0f",
                name,
                requests,
                nanos[(int) (requests * 0.50)] / 1e6,
                nanos[Math.min(requests - 1, (int) (requests * 0.99))] / 1e6,
                nanos[requests - 1] / 1e6,
                requests / seconds));
    }
}
