package id.sentra.tkdn;

import java.math.BigDecimal;

/** The share of a line's cost a rule credits as domestic, in percent, and the message key of that rule. */
record Credit(BigDecimal percent, String ruleKey) {

    static Credit of(String percent, String ruleKey) {
        return new Credit(new BigDecimal(percent), ruleKey);
    }

    AssessedLine apply(int number, CostLine line) {
        BigDecimal cost = line.cost();
        BigDecimal domestic = Percentages.of(cost, percent);
        return new AssessedLine(number, line, cost, percent, domestic, cost.subtract(domestic), ruleKey);
    }
}
