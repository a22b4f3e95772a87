package id.sentra.quality.sampling;

/**
 * The inspection levels of ISO 2859-1 Table 1 (ANSI/ASQ Z1.4 Table I): four special levels for
 * small samples where large sampling risks are acceptable, and the three general levels.
 */
public enum InspectionLevel {
    S1, S2, S3, S4, I, II, III
}
