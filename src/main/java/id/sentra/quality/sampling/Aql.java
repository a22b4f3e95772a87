package id.sentra.quality.sampling;

import java.math.BigDecimal;
import java.util.List;

/**
 * An acceptance quality limit from the preferred series of ISO 2859-1 (0.010 to 1000, in percent
 * nonconforming or nonconformities per 100 items); the master tables have a column for each.
 */
public record Aql(BigDecimal percent) {

    /** ISO 2859-1 clause 5.4 / Tables 2-A to 2-C: the 26 preferred AQLs, in column order. */
    static final List<BigDecimal> SERIES = List.of("0.010", "0.015", "0.025", "0.040", "0.065",
            "0.10", "0.15", "0.25", "0.40", "0.65", "1.0", "1.5", "2.5", "4.0", "6.5", "10", "15",
            "25", "40", "65", "100", "150", "250", "400", "650", "1000").stream().map(BigDecimal::new).toList();

    public Aql {
        BigDecimal value = percent;
        if (SERIES.stream().noneMatch(s -> s.compareTo(value) == 0)) {
            throw new IllegalArgumentException("AQL " + percent + " is not in the ISO 2859-1 series " + SERIES);
        }
    }

    /** Whether a figure is one of the preferred AQLs, i.e. has a column in the master tables. */
    public static boolean isPreferred(BigDecimal percent) {
        return SERIES.stream().anyMatch(s -> s.compareTo(percent) == 0);
    }

    /** The preferred series, for a form's choice. */
    public static List<BigDecimal> series() {
        return SERIES;
    }

    public static Aql of(String percent) {
        return new Aql(new BigDecimal(percent));
    }

    /** The master-table column, 0 for 0.010 up to 25 for 1000. */
    int column() {
        for (int i = 0; i < SERIES.size(); i++) {
            if (SERIES.get(i).compareTo(percent) == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable: validated in the constructor");
    }

    /** Whether a tighter AQL exists in the series, for the switching score; 0.010 has none. */
    boolean hasTighter() {
        return column() > 0;
    }
}
