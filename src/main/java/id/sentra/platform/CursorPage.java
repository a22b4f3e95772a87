package id.sentra.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a JSON list read by key (keyset paging): at most {@code limit} items, and the opaque cursor of the next
 * page, absent on the last. A cursor names the last item's sort key, so a row added or removed meanwhile neither
 * repeats nor skips another, and the database starts each page at the key instead of counting past earlier pages.
 */
public record CursorPage<T>(List<T> items, @Nullable String next) {

    /** Items per page when the caller names none. */
    public static final int DEFAULT_LIMIT = 100;
    /** The most items one page may hold. */
    public static final int MAX_LIMIT = 1000;

    /** The requested limit, or the default; outside 1–{@value #MAX_LIMIT} it is refused with the field named. */
    public static int limit(@Nullable Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw new InvalidInputException(List.of(FieldProblem.of("limit", "list.limit.range", MAX_LIMIT)));
        }
        return requested;
    }

    /**
     * The page from up to {@code limit + 1} rows read in order: the extra row only tells that another page follows,
     * whose cursor is made from the page's last item.
     */
    public static <T> CursorPage<T> of(List<T> rows, int limit, java.util.function.Function<T, String> key) {
        return of(rows.size() > limit ? rows.subList(0, limit) : rows, rows.size() > limit, key);
    }

    /** The page of these items; when {@code more} follow, its cursor is made from the last item. */
    public static <T> CursorPage<T> of(List<T> items, boolean more, java.util.function.Function<T, String> key) {
        var page = List.copyOf(items);
        return new CursorPage<>(page, more && !page.isEmpty() ? encode(key.apply(page.getLast())) : null);
    }

    /** The key inside a cursor; a cursor that was not made here is refused with the field named. */
    public static String key(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidCursor();
        }
    }

    public static InvalidInputException invalidCursor() {
        return new InvalidInputException(List.of(FieldProblem.of("cursor", "list.cursor.invalid")));
    }

    /** The cursor of a key, for a page that ends before its own last row (a bounded scan). */
    public static String encodeKey(String key) {
        return encode(key);
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }
}
