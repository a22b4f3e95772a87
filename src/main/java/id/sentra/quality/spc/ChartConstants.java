package id.sentra.quality.spc;

/**
 * The Shewhart chart constants for one subgroup size, named as printed in the AIAG SPC manual
 * (A2, D3, D4, d2, d3, c4, A3, B3, B4, E2); read from {@code spc-constants.csv}, which cites its sources.
 */
public record ChartConstants(int n, double A2, double D3, double D4, double d2, double d3, double c4,
                             double A3, double B3, double B4, double E2) {
}
