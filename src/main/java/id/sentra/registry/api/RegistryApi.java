package id.sentra.registry.api;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.platform.security.Role;
import id.sentra.registry.BuyerDirectory;
import id.sentra.registry.CooperativeDirectory;
import id.sentra.registry.MemberDetails;
import id.sentra.registry.MemberProfile;
import id.sentra.registry.MemberRegistry;
import id.sentra.registry.MemberRow;
import id.sentra.registry.MemberSearch;
import id.sentra.registry.PageOf;
import id.sentra.registry.web.MemberQuery;

/** The registry for buyers' and members' own systems: the same rules and scopes as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registry", description = "Cooperatives, clusters, member IKM and buyers")
@SecurityRequirement(name = "apiToken")
class RegistryApi {

    private final MemberSearch search;
    private final MemberRegistry registry;
    private final BuyerDirectory buyers;
    private final CooperativeDirectory directory;

    RegistryApi(MemberSearch search, MemberRegistry registry, BuyerDirectory buyers, CooperativeDirectory directory) {
        this.search = search;
        this.registry = registry;
        this.buyers = buyers;
        this.directory = directory;
    }

    @GetMapping("/members")
    @Operation(summary = "Search members", description = "Filters as on the member page; page is 0-based, size at most 200.")
    PageOf<MemberRow> members(@ModelAttribute MemberQuery query) {
        return search.search(CurrentUser.require(), query.toFilter(), query.pageOrFirst(), query.sizeOr(50));
    }

    @GetMapping("/members/{id}")
    @Operation(summary = "One member's capability profile (internal figures only within your scope)")
    MemberProfile member(@PathVariable long id) {
        return registry.profile(CurrentUser.require(), id);
    }

    @PostMapping("/members")
    @Operation(summary = "Register a member (operators: in their own cooperative)")
    ResponseEntity<MemberProfile> register(@RequestBody NewMember request) {
        var user = CurrentUser.require();
        Long cooperative = user.is(Role.ADMIN) ? request.cooperativeId() : user.cooperativeId();
        if (cooperative == null && user.is(Role.ADMIN)) {
            throw new InvalidInputException(List.of(FieldProblem.of("cooperativeId", "field.required")));
        }
        if (cooperative == null) {
            throw new AccessDeniedException("Only the platform or a cooperative operator registers members");
        }
        long id = registry.register(user, cooperative, request.details());
        return ResponseEntity.created(URI.create("/api/v1/members/" + id)).body(registry.profile(user, id));
    }

    @PutMapping("/members/{id}")
    @Operation(summary = "Replace a member's details", description = "Send the version you read; 409 if someone saved since.")
    MemberProfile revise(@PathVariable long id, @RequestBody MemberRevision request) {
        var user = CurrentUser.require();
        registry.revise(user, id, request.version(), request.details());
        return registry.profile(user, id);
    }

    @PostMapping("/members/{id}/deactivate")
    @Operation(summary = "Deactivate a member (never deleted)")
    ResponseEntity<Void> deactivate(@PathVariable long id, @RequestParam int version) {
        registry.deactivate(CurrentUser.require(), id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/buyers")
    List<BuyerView> buyers() {
        return buyers.list(CurrentUser.require()).stream().map(BuyerView::of).toList();
    }

    @GetMapping("/buyers/{id}")
    BuyerView buyer(@PathVariable long id) {
        return BuyerView.of(buyers.get(CurrentUser.require(), id));
    }

    @GetMapping("/cooperatives")
    List<CooperativeView> cooperatives() {
        return directory.cooperatives().stream().map(CooperativeView::of).toList();
    }

    @GetMapping("/clusters")
    List<ClusterView> clusters() {
        return directory.clusters().stream().map(ClusterView::of).toList();
    }

    @GetMapping("/me")
    @Operation(summary = "Who this token belongs to and its scope")
    Me me() {
        var user = CurrentUser.require();
        return new Me(user.username(), user.displayName(), user.role(), user.cooperativeId(), user.memberId(), user.buyerId());
    }

    record NewMember(@Nullable Long cooperativeId, MemberDetails details) {
    }

    record MemberRevision(int version, MemberDetails details) {
    }

    record Me(String username, String displayName, Role role, @Nullable Long cooperativeId, @Nullable Long memberId,
              @Nullable Long buyerId) {
    }
}
