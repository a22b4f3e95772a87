package id.sentra.platform.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a long list: a fixed page size, no total count (counting millions of rows costs
 * more than the page), and links to the previous and next page that keep every other filter.
 */
public final class Pager {

    /** Rows per page of every list page. */
    public static final int SIZE = 50;

    private Pager() {
    }

    /** The page asked for, from {@code ?page=} (0 for the first; a negative number counts as 0). */
    public static Pageable page(int page) {
        return PageRequest.of(Math.max(0, Math.min(page, 100_000)), SIZE);
    }

    /** Puts the page's links ({@code pagePrevious}, {@code pageNext}, {@code pageNumber}) into the model for the {@code pager} fragment. */
    public static void links(Model model, Slice<?> slice) {
        model.addAttribute("pageNumber", slice.getNumber() + 1);
        model.addAttribute("pagePrevious", slice.hasPrevious() ? link(slice.getNumber() - 1) : null);
        model.addAttribute("pageNext", slice.hasNext() ? link(slice.getNumber() + 1) : null);
    }

    private static String link(int page) {
        var current = ServletUriComponentsBuilder.fromCurrentRequestUri().build();
        var request = ServletUriComponentsBuilder.fromCurrentRequest().build(true);
        var builder = org.springframework.web.util.UriComponentsBuilder.fromPath(current.getPath()).query(request.getQuery());
        if (page == 0) {
            builder.replaceQueryParam("page");
        } else {
            builder.replaceQueryParam("page", page);
        }
        return builder.build(true).toUriString();
    }
}
