package id.sentra.registry;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One member as the kept catalogue holds it: its capability for ranking, the columns the member list shows and
 * filters by, and the version it was read at, so that a refresh reloads only members saved since.
 */
record CatalogueEntry(Capability capability, String nib, String ownerName, @Nullable String village, String kecamatan,
                      int workforce, long totalKgPerMonth, boolean active, int version, String searchText) {

    static CatalogueEntry of(Capability capability, String nib, String ownerName, @Nullable String village, String kecamatan,
                             int workforce, long totalKgPerMonth, boolean active, int version) {
        // The fields the member list's free text searches, lower-cased once, separated so no match spans two of them.
        String text = String.join("\n", lower(capability.legalName()), lower(ownerName), nib, lower(village), lower(kecamatan));
        return new CatalogueEntry(capability, nib, ownerName, village, kecamatan, workforce, totalKgPerMonth, active, version, text);
    }

    long id() {
        return capability.memberId();
    }

    private static String lower(@Nullable String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
