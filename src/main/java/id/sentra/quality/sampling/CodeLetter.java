package id.sentra.quality.sampling;

/**
 * Sample size code letters with their sample sizes. Normal and tightened share the sizes of
 * ISO 2859-1 Tables 2-A and 2-B (S, 3150, exists in the tightened table only); reduced uses the
 * smaller sizes of Table 2-C (ANSI/ASQ Z1.4 Tables II-A, II-B, II-C).
 */
public enum CodeLetter {
    A(2, 2), B(3, 2), C(5, 2), D(8, 3), E(13, 5), F(20, 8), G(32, 13), H(50, 20), J(80, 32),
    K(125, 50), L(200, 80), M(315, 125), N(500, 200), P(800, 315), Q(1250, 500), R(2000, 800),
    S(3150, 3150);

    private final int normalSize;
    private final int reducedSize;

    CodeLetter(int normalSize, int reducedSize) {
        this.normalSize = normalSize;
        this.reducedSize = reducedSize;
    }

    public int sampleSize(Severity severity) {
        return severity == Severity.REDUCED ? reducedSize : normalSize;
    }
}
