package id.sentra.registry;

import org.jspecify.annotations.Nullable;

/** An Indonesian address down to kecamatan (district) and kabupaten (regency). */
public record Address(@Nullable String street, @Nullable String village, String kecamatan, String kabupaten, String province) {
}
