package id.sentra.quality.spc;

/**
 * Which run rules to apply. Default: the Western Electric run of 8 successive points on one side
 * of the centre line (Western Electric, Statistical Quality Control Handbook, 1956, zone rule 4;
 * Nelson's rule 2 uses 9, the AIAG SPC manual 7) and Nelson's trend of 6 points steadily rising
 * or falling (L. S. Nelson, J. Quality Technology 16(4), 1984, rule 3).
 */
public record SignalRules(int runLength, int trendLength) {

    public SignalRules {
        if (runLength < 2 || trendLength < 3) {
            throw new IllegalArgumentException("run length must be >= 2 and trend length >= 3");
        }
    }

    public static SignalRules westernElectric() {
        return new SignalRules(8, 6);
    }
}
