package id.sentra.quality.spc;

import java.util.OptionalDouble;

/** The share of lots accepted at their first inspection, for a member's scorecard (issue 4, §4). */
public record FirstTimeAcceptance(int acceptedFirstTime, int inspected) {

    public FirstTimeAcceptance {
        if (inspected < 0 || acceptedFirstTime < 0 || acceptedFirstTime > inspected) {
            throw new IllegalArgumentException("need 0 <= accepted first time (" + acceptedFirstTime
                    + ") <= inspected (" + inspected + ")");
        }
    }

    /** Empty when no lot was inspected: no record is not a record of 0 %. */
    public OptionalDouble share() {
        return inspected == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) acceptedFirstTime / inspected);
    }

    public FirstTimeAcceptance plus(boolean acceptedAtFirstInspection) {
        return new FirstTimeAcceptance(acceptedFirstTime + (acceptedAtFirstInspection ? 1 : 0), inspected + 1);
    }
}
