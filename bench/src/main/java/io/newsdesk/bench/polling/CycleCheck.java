package io.newsdesk.bench.polling;

import io.newsdesk.bench.BenchmarkException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a cycle must have done for its figures to mean anything, checked against the feed server's
 * own counts: every feed that is not disabled requested exactly once (the first cycle polls every
 * feed; the next leaves out those that answered 410 Gone), and no host ever answering more
 * requests at once than the per-host bound.
 */
final class CycleCheck {

    private CycleCheck() {}

    /** @throws BenchmarkException listing every way the cycle went wrong */
    static void verify(CycleResult result, int perHost) throws BenchmarkException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, ServerStats.RequestCounts> entry : result.server().feedsByRequests().entrySet()) {
            String behaviour = entry.getKey();
            ServerStats.RequestCounts counts = entry.getValue();
            boolean leftAlone = result.cycle() > 1 && behaviour.equals(FeedBehaviour.GONE.label());
            long expectedOnce = leftAlone ? 0 : counts.none() + counts.once() + counts.more();
            if (counts.once() != expectedOnce || counts.more() > 0) {
                problems.add(String.format("%s feeds: %d requested once, %d never, %d more than once (expected %s)",
                        behaviour, counts.once(), counts.none(), counts.more(), leftAlone ? "none" : "each once"));
            }
        }
        if (result.server().mostActivePerHost() > perHost) {
            problems.add("a host answered " + result.server().mostActivePerHost() + " requests at once, more than the "
                    + perHost + " allowed per host");
        }
        if (!problems.isEmpty()) {
            throw new BenchmarkException("cycle " + result.cycle() + " of run " + result.run() + " did not poll as it "
                    + "should: " + String.join("; ", problems));
        }
    }
}
