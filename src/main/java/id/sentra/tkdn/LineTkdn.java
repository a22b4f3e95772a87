package id.sentra.tkdn;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The TKDN of contract lines without any member's costs: each line's members' products combined by the value of
 * their work orders, as a contract's figure is. What the ministry's views weigh their figures by.
 */
public interface LineTkdn {

    /** The lines whose members have assessed products; a line with none is left out of the answer. */
    Map<LineRef, BigDecimal> of(Collection<LineRef> lines);

    /** One line of one contract. */
    record LineRef(long contractId, int lineNo) {
    }
}
