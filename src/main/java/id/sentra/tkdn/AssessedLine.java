package id.sentra.tkdn;

import java.math.BigDecimal;

/**
 * One worksheet line: the cost split into its domestic (KDN) and foreign (KLN) parts by the credit the
 * regulation gives it, and the message key of the rule that gave it. Parts are exact rupiah (no rounding).
 */
public record AssessedLine(int number, CostLine line, BigDecimal cost, BigDecimal creditPercent,
                           BigDecimal domestic, BigDecimal foreign, String ruleKey) {
}
