package id.sentra.registry.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a member import file. Headers are Indonesian first, as the cooperatives write
 * them; the English alias is accepted too, in any letter case, with spaces or underscores.
 */
enum Column {
    NIB("nib", "nib", true),
    LEGAL_NAME("nama_usaha", "legal_name", true),
    OWNER("pemilik", "owner", true),
    STREET("alamat", "street", false),
    VILLAGE("desa", "village", false),
    KECAMATAN("kecamatan", "kecamatan", true),
    KABUPATEN("kabupaten", "kabupaten", true),
    PROVINCE("provinsi", "province", true),
    LATITUDE("lintang", "latitude", false),
    LONGITUDE("bujur", "longitude", false),
    WORKFORCE("tenaga_kerja", "workforce", true),
    FOUNDED_YEAR("tahun_berdiri", "founded_year", false),
    PROCESSES("proses", "processes", false),
    MATERIALS("material", "materials", false),
    FURNACES("tungku", "furnaces", false),
    EQUIPMENT("peralatan", "equipment", false),
    CERTIFICATIONS("sertifikasi", "certifications", false),
    CAPACITIES("kapasitas_kg", "capacity_kg", false);

    private final String indonesian;
    private final String english;
    private final boolean required;

    Column(String indonesian, String english, boolean required) {
        this.indonesian = indonesian;
        this.english = english;
        this.required = required;
    }

    /** The name the template and the help text use. */
    String heading() {
        return indonesian;
    }

    boolean required() {
        return required;
    }

    static Optional<Column> named(String header) {
        String key = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        return Arrays.stream(values()).filter(c -> c.indonesian.equals(key) || c.english.equals(key)).findFirst();
    }
}
