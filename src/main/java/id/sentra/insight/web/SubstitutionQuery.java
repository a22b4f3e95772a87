package id.sentra.insight.web;

import org.jspecify.annotations.Nullable;

import id.sentra.demand.ProductFamily;
import id.sentra.insight.SubstitutionFilter;

/** The filters as the page and the API take them from the query string: ?cluster=1&family=BRAKE_BLOCK&year=2026. */
public class SubstitutionQuery {

    private @Nullable Long cluster;
    private @Nullable ProductFamily family;
    private @Nullable Integer year;

    public SubstitutionFilter toFilter() {
        return new SubstitutionFilter(cluster, family, year);
    }

    public @Nullable Long getCluster() { return cluster; }
    public void setCluster(@Nullable Long cluster) { this.cluster = cluster; }
    public @Nullable ProductFamily getFamily() { return family; }
    public void setFamily(@Nullable ProductFamily family) { this.family = family; }
    public @Nullable Integer getYear() { return year; }
    public void setYear(@Nullable Integer year) { this.year = year; }
}
