package id.sentra.registry;

import java.util.List;

/** One page of a longer result, with what a pager needs. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
