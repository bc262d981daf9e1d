package io.newsdesk.bench.polling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Which share of the feeds behaves how, e.g. {@code slow=2,not-found=2,server-error=2,gone=1,timeout=0.2};
 * the rest is {@link FeedBehaviour#FRESH}.
 *
 * @param percentages the share of each behaviour other than fresh, in percent
 */
public record FeedMix(Map<FeedBehaviour, Double> percentages) {

    /** The mix the published figures use. */
    public static final String DEFAULT = "slow=2,not-found=2,server-error=2,gone=1,timeout=0.2";

    public FeedMix {
        percentages = Collections.unmodifiableMap(new EnumMap<>(percentages));
    }

    /**
     * Reads a mix.
     *
     * @throws IllegalArgumentException naming what is wrong: an unknown behaviour, a share that is
     *     not a number from 0 to 100, or shares that add up to more than 100
     */
    public static FeedMix parse(String spec) {
        Map<FeedBehaviour, Double> percentages = new EnumMap<>(FeedBehaviour.class);
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split("=", 2);
            FeedBehaviour behaviour = FeedBehaviour.byLabel(pair[0].strip().toLowerCase(Locale.ROOT));
            if (behaviour == null || behaviour == FeedBehaviour.FRESH || pair.length != 2) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not one of "
                        + "slow, not-found, server-error, gone or timeout with a percentage, such as slow=2");
            }
            double percent;
            try {
                percent = Double.parseDouble(pair[1].strip());
            } catch (NumberFormatException e) {
                percent = Double.NaN;
            }
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("the share of " + behaviour.label() + " must be a percentage, not '"
                        + pair[1].strip() + "'");
            }
            percentages.put(behaviour, percent);
        }
        if (percentages.values().stream().mapToDouble(Double::doubleValue).sum() > 100) {
            throw new IllegalArgumentException("the shares add up to more than 100%: " + spec);
        }
        return new FeedMix(percentages);
    }

    /**
     * Gives each of {@code feeds} feeds a behaviour: each share rounded to whole feeds, the rest
     * fresh, shuffled with the seed so that every host gets some of each.
     */
    public List<FeedBehaviour> assign(int feeds, long seed) {
        List<FeedBehaviour> behaviours = new ArrayList<>(feeds);
        percentages.forEach((behaviour, percent) -> {
            long count = Math.round(feeds * percent / 100);
            for (long i = 0; i < count && behaviours.size() < feeds; i++) {
                behaviours.add(behaviour);
            }
        });
        while (behaviours.size() < feeds) {
            behaviours.add(FeedBehaviour.FRESH);
        }
        Collections.shuffle(behaviours, new Random(seed));
        return behaviours;
    }

    /** The mix as {@link #parse} reads it. */
    public String spec() {
        return percentages.entrySet().stream()
                .map(share -> share.getKey().label() + "=" + format(share.getValue()))
                .collect(Collectors.joining(","));
    }

    /** The mix with the fresh share too, for the report. */
    public String describe() {
        double fresh = 100 - percentages.values().stream().mapToDouble(Double::doubleValue).sum();
        String others = spec();
        return "fresh=" + format(fresh) + (others.isEmpty() ? "" : "," + others);
    }

    private static String format(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }
}
