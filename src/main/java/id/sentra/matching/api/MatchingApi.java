package id.sentra.matching.api;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.sentra.matching.Candidate;
import id.sentra.matching.Matchmaker;
import id.sentra.matching.ReasonTexts;
import id.sentra.matching.Requirement;
import id.sentra.platform.security.CurrentUser;
import id.sentra.registry.CertificationKind;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.GeoPoint;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/** Matchmaking for buyers' own systems: the same ranking and reasons as the page, as JSON, a page at a time. */
@RestController
@RequestMapping("/api/v1/matching")
@Tag(name = "Matchmaking", description = "Rank member IKM for a product requirement, with reasons")
@SecurityRequirement(name = "apiToken")
class MatchingApi {

    private final Matchmaker matchmaker;
    private final ReasonTexts reasons;

    MatchingApi(Matchmaker matchmaker, ReasonTexts reasons) {
        this.matchmaker = matchmaker;
        this.reasons = reasons;
    }

    /** Members in one answer unless the caller asks for more (at most {@link #MAX_LIMIT}). */
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    @GetMapping
    @Operation(summary = "Rank members", description = "Eligible members first, best score first; then the others by name "
            + "with what they lack. One page of that order (limit, from offset), with how many members are eligible and "
            + "not, and the conditions most often failed.")
    RankedPage rank(@RequestParam MaterialFamily material,
                            @RequestParam(required = false) List<Process> process,
                            @RequestParam(required = false) List<EquipmentKind> equipment,
                            @RequestParam(required = false) List<CertificationKind> certification,
                            @RequestParam(defaultValue = "0") long kgPerMonth,
                            @RequestParam(required = false) @Nullable Double latitude,
                            @RequestParam(required = false) @Nullable Double longitude,
                            @RequestParam(defaultValue = "0") int offset,
                            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
                            Locale locale) {
        var deliveryPoint = latitude != null && longitude != null ? new GeoPoint(latitude, longitude) : null;
        var requirement = new Requirement(material, setOf(process), setOf(equipment), setOf(certification),
                Math.max(0, kgPerMonth), deliveryPoint);
        var ranking = matchmaker.rank(CurrentUser.require(), requirement, Math.max(0, offset), Math.clamp(limit, 1, MAX_LIMIT));
        return new RankedPage(ranking.eligible(), ranking.notEligible(),
                ranking.commonLacks().stream().map(s -> new CommonLack(reasons.text(s.lack(), locale), s.members())).toList(),
                ranking.offset(), ranking.limit(), ranking.hasMore(),
                ranking.candidates().stream().map(c -> RankedMember.of(c, reasons, locale)).toList());
    }

    private static <E> java.util.Set<E> setOf(@Nullable List<E> values) {
        return values == null ? java.util.Set.of() : java.util.Set.copyOf(values);
    }

    /**
     * One page of the ranking: how many members are eligible and not, what those that are not most often lack, and the
     * members from {@code offset} on; {@code more} says whether a next page exists ({@code offset + limit}).
     */
    record RankedPage(long eligible, long notEligible, List<CommonLack> commonLacks, int offset, int limit, boolean more,
                      List<RankedMember> members) {
    }

    /** A condition members fail, in words, and how many members fail it. */
    record CommonLack(String lack, long members) {
    }

    /** One ranked member with its reasons in words. */
    record RankedMember(long memberId, String legalName, String cooperative, String cluster, String kabupaten,
                        boolean eligible, double score, @Nullable Double distanceKm, long freeKgPerMonth,
                        List<String> why, List<String> lacks) {

        static RankedMember of(Candidate c, ReasonTexts reasons, Locale locale) {
            return new RankedMember(c.memberId(), c.legalName(), c.cooperativeName(), c.clusterName(), c.kabupaten(),
                    c.eligible(), c.score(), c.distanceKm(), c.freeKgPerMonth(),
                    c.parts().stream().map(p -> reasons.text(p.why(), locale)).toList(),
                    c.lacks().stream().map(r -> reasons.text(r, locale)).toList());
        }
    }
}
