package id.sentra.allocation.planning;

/** The plan's cost in rupiah, part by part, and how far it strays from capacity-proportional shares. */
public record Objective(long price, long transport, long qualityRisk, long fairnessPenalty, long deviationKg) {

    /** What the buyer's work costs the cooperative: price, transport and quality risk, without the fairness charge. */
    public long cost() {
        return price + transport + qualityRisk;
    }

    public long total() {
        return cost() + fairnessPenalty;
    }
}
