package id.sentra.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import id.sentra.demand.Rupiah;
import id.sentra.tkdn.LineTkdn;

/**
 * The TKDN distribution of substituted products. The band edges are the procurement thresholds: 25 % makes a
 * product eligible where domestic products are preferred and 40 % (TKDN + BMP) makes buying it mandatory
 * (Perpres 16/2018 jo 46/2025); 60 % and 80 % split the rest so that a ministry sees how far above them lines are.
 */
@Service
public class SubstitutionTkdn {

    private static final List<BigDecimal> EDGES = List.of(BigDecimal.ZERO, BigDecimal.valueOf(25), BigDecimal.valueOf(40),
            BigDecimal.valueOf(60), BigDecimal.valueOf(80));

    private final LineTkdn lines;

    SubstitutionTkdn(LineTkdn lines) {
        this.lines = lines;
    }

    /** Weighs each substituted line's value by its TKDN; the lines come from figures the reader may already see. */
    public TkdnDistribution of(SubstitutionFigures figures) {
        var refs = figures.lines().stream().map(l -> new LineTkdn.LineRef(l.contractId(), l.lineNo())).distinct().toList();
        var tkdn = lines.of(refs);
        long[] values = new long[EDGES.size()];
        int[] counts = new int[EDGES.size()];
        long notAssessed = 0;
        int linesNotAssessed = 0;
        BigDecimal weighted = BigDecimal.ZERO;
        for (var line : figures.lines()) {
            var percent = tkdn.get(new LineTkdn.LineRef(line.contractId(), line.lineNo()));
            if (percent == null) {
                notAssessed += line.value().amount();
                linesNotAssessed++;
                continue;
            }
            int band = band(percent);
            values[band] += line.value().amount();
            counts[band]++;
            weighted = weighted.add(percent.multiply(BigDecimal.valueOf(line.value().amount())));
        }
        var bands = new ArrayList<TkdnDistribution.Band>();
        for (int i = 0; i < EDGES.size(); i++) {
            bands.add(new TkdnDistribution.Band("substitution.tkdn.band." + i, EDGES.get(i),
                    i + 1 < EDGES.size() ? EDGES.get(i + 1) : null, Rupiah.of(values[i]), counts[i]));
        }
        long assessed = Arrays.stream(values).sum();
        return new TkdnDistribution(bands, Rupiah.of(notAssessed), linesNotAssessed, mean(weighted, assessed));
    }

    private static int band(BigDecimal percent) {
        int band = 0;
        for (int i = 1; i < EDGES.size(); i++) {
            if (percent.compareTo(EDGES.get(i)) >= 0) {
                band = i;
            }
        }
        return band;
    }

    private static @Nullable BigDecimal mean(BigDecimal weighted, long assessed) {
        return assessed == 0 ? null : weighted.divide(BigDecimal.valueOf(assessed), 2, RoundingMode.HALF_UP);
    }
}
