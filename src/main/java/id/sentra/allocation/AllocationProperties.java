package id.sentra.allocation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tunable figures of the allocation. Freight: what a truck charges per tonne and kilometre in Java
 * (about Rp 1,000 in 2024 for part loads; an assumption to be replaced by the cooperative's own rate).
 */
@ConfigurationProperties("sentra.allocation")
record AllocationProperties(long freightRupiahPerTonneKm) {

    AllocationProperties {
        if (freightRupiahPerTonneKm <= 0) {
            freightRupiahPerTonneKm = 1_000;
        }
    }
}
