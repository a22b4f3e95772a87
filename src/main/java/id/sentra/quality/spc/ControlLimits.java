package id.sentra.quality.spc;

/** A centre line with its lower and upper control limits (3-sigma Shewhart limits). */
public record ControlLimits(double lower, double centre, double upper) {

    public ControlLimits {
        if (!(lower <= centre && centre <= upper)) {
            throw new IllegalArgumentException("limits must satisfy lower <= centre <= upper: " + lower + ", " + centre + ", " + upper);
        }
    }

    public boolean beyond(double value) {
        return value < lower || value > upper;
    }
}
