package id.sentra.quality.trace;

import java.util.List;

/** A heat traced forward, say once it is found bad: every lot poured from it and who received them. */
public record HeatRecall(TracedHeat heat, List<RecallLine> lines) {

    public HeatRecall {
        lines = List.copyOf(lines);
    }

    public int pieces() {
        return lines.stream().mapToInt(RecallLine::quantityMade).sum();
    }

    public long buyers() {
        return lines.stream().map(l -> l.origin().buyerId()).distinct().count();
    }
}
