package id.sentra.demo;

import id.sentra.registry.Cluster;
import id.sentra.registry.Cooperative;
import id.sentra.registry.CooperativeDirectory;
import id.sentra.registry.GeoPoint;

/** The two clusters and their cooperatives: Koperasi Batur Jaya of Ceper (since 1976) and an invented one in Tegal. */
final class DemoCooperatives {

    static final String BATUR_JAYA = "Koperasi Batur Jaya";
    static final String TEGAL = "Koperasi Industri Logam Talang Mandiri";

    private DemoCooperatives() {
    }

    static Registered register(CooperativeDirectory directory) {
        long ceper = directory.register(
                new Cluster("Sentra Logam Ceper", "Klaten", "Jawa Tengah", new GeoPoint(-7.66, 110.68)));
        long tegal = directory.register(
                new Cluster("Sentra Logam Tegal", "Tegal", "Jawa Tengah", new GeoPoint(-6.93, 109.13)));
        long baturJaya = directory.register(new Cooperative(BATUR_JAYA, ceper, 1976,
                "Dukuh Batur, Desa Tegalrejo, Kecamatan Ceper", "Klaten", "Jawa Tengah", new GeoPoint(-7.6610, 110.6800)));
        long talang = directory.register(new Cooperative(TEGAL, tegal, 1995,
                "Desa Pesayangan, Kecamatan Talang", "Tegal", "Jawa Tengah", new GeoPoint(-6.9250, 109.1270)));
        return new Registered(baturJaya, talang);
    }

    /** The ids the accounts and members are scoped to. */
    record Registered(long baturJaya, long tegal) {
    }
}
