package id.sentra.registry;

import java.util.List;

/** What the member list page shows from one look at the catalogue: a page of members and the kabupaten to filter by. */
public record MemberListing(PageOf<MemberRow> results, List<String> kabupatens) {
}
