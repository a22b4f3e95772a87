package id.sentra.allocation;

import org.springframework.data.relational.core.mapping.Table;

/** The operator's limits for one contract line: smallest lot per member, largest share per member. */
@Table("allocation_line_rule")
public record LineRule(int lineNo, int minLot, int maxSharePercent) {

    public LineRule {
        if (minLot < 0 || maxSharePercent < 1 || maxSharePercent > 100) {
            throw new IllegalArgumentException("Line " + lineNo + ": minimum lot or maximum share out of range");
        }
    }
}
