package id.sentra.quality.inspection;

/** What a save of a non-conformance report also does: nothing more, mark it contained, or close it. */
public enum NcrStep {
    SAVE, CONTAIN, CLOSE
}
