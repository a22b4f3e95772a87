package id.sentra.matching;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One member measured against a requirement: eligible or not, its score (0–100, only for
 * eligible members) split into parts, and the reasons — what it meets and what it lacks.
 */
public record Candidate(
        long memberId,
        String legalName,
        String cooperativeName,
        String clusterName,
        String kabupaten,
        boolean eligible,
        double score,
        List<ScorePart> parts,
        @Nullable Double distanceKm,
        long freeKgPerMonth,
        List<Reason> eligibility,
        SupplierRecord record) {

    public List<Reason> lacks() {
        return eligibility.stream().filter(r -> !r.passed()).toList();
    }

    /** A share of the score: a weighted criterion with the member's value on it (0–1) and why. */
    public record ScorePart(String criterion, double weight, double value, Reason why) {
        public double points() {
            return 100 * weight * value;
        }
    }
}
