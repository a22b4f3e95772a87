package id.sentra.insight;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.sentra.demand.Rupiah;

/**
 * How much local content the substituted products carry: their substitution value by the TKDN band of their
 * contract line, the value of lines no member has assessed yet, and the value-weighted mean TKDN of the rest.
 */
public record TkdnDistribution(List<Band> bands, Rupiah notAssessed, int linesNotAssessed, @Nullable BigDecimal meanTkdn) {

    public TkdnDistribution {
        bands = List.copyOf(bands);
    }

    /** Lines whose TKDN lies in [from, to); the message key names the band in the reader's language. */
    public record Band(String messageKey, BigDecimal from, @Nullable BigDecimal to, Rupiah value, int lines) {
    }

    public Rupiah assessed() {
        return bands.stream().map(Band::value).reduce(Rupiah.ZERO, Rupiah::plus);
    }

    public boolean isEmpty() {
        return bands.stream().allMatch(b -> b.lines() == 0) && linesNotAssessed == 0;
    }
}
