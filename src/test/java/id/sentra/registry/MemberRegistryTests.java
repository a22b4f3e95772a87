package id.sentra.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.audit.AuditTrail;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

@SentraIntegrationTest
class MemberRegistryTests {

    @Autowired MemberRegistry registry;
    @Autowired CooperativeDirectory directory;
    @Autowired AuditTrail audit;

    private final SentraUser admin = new SentraUser(0, "tester", "Tester", null, Role.ADMIN, null, null, null, false, true);

    @Test
    void registersMemberWithItsCapabilityProfileAndReadsItBack() {
        long cooperative = newCooperative("Koperasi Uji Satu");
        long id = registry.register(admin, cooperative, details("3301000000001", "CV Logam Uji"));

        var profile = registry.profile(admin, id);

        assertThat(profile.legalName()).isEqualTo("CV Logam Uji");
        assertThat(profile.processes()).containsExactlyInAnyOrder(Process.SAND_CASTING, Process.MACHINING);
        assertThat(profile.equipment()).hasSize(2);
        assertThat(profile.kgPerDay()).isEqualTo(1500L * 4);
        assertThat(profile.capacities()).extracting(Capacity::amount).containsExactly(30_000);
        assertThat(profile.location()).isEqualTo(new GeoPoint(-7.65, 110.68));
    }

    @Test
    void refusesAnEditStartedFromAnOlderVersion() {
        long cooperative = newCooperative("Koperasi Uji Dua");
        long id = registry.register(admin, cooperative, details("3301000000002", "CV Lama"));
        int opened = registry.profile(admin, id).version();
        registry.revise(admin, id, opened, details("3301000000002", "CV Baru"));

        assertThatThrownBy(() -> registry.revise(admin, id, opened, details("3301000000002", "CV Tertimpa")))
                .isInstanceOf(StaleRecordException.class);
        assertThat(registry.profile(admin, id).legalName()).isEqualTo("CV Baru");
    }

    @Test
    void refusesANibThatIsNotThirteenDigits() {
        long cooperative = newCooperative("Koperasi Uji Tiga");
        assertThatThrownBy(() -> registry.register(admin, cooperative, details("12345", "CV Salah")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).anyMatch(p -> p.field().equals("nib")));
    }

    @Test
    void operatorOfAnotherCooperativeCannotSeeInternalProfile() {
        long mine = newCooperative("Koperasi Uji Empat");
        long theirs = newCooperative("Koperasi Uji Lima");
        long id = registry.register(admin, mine, details("3301000000005", "CV Milik Sendiri"));
        var outsider = new SentraUser(0, "op", "Op", null, Role.OPERATOR, theirs, null, null, false, true);

        assertThatThrownBy(() -> registry.profile(outsider, id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void buyerSeesPublicProfileWithoutWorkforce() {
        long cooperative = newCooperative("Koperasi Uji Enam");
        long id = registry.register(admin, cooperative, details("3301000000006", "CV Publik"));
        var buyer = new SentraUser(0, "b", "B", null, Role.BUYER, null, null, 1L, false, true);

        var profile = registry.profile(buyer, id);

        assertThat(profile.workforce()).isNull();
        assertThat(profile.ownerName()).isNull();
        assertThat(profile.materials()).contains(MaterialFamily.GREY_IRON);
    }

    @Test
    void everyChangeIsInTheAuditTrailWithItsChangedFields() {
        long cooperative = newCooperative("Koperasi Uji Tujuh");
        long id = registry.register(admin, cooperative, details("3301000000007", "CV Awal"));
        registry.revise(admin, id, registry.profile(admin, id).version(), details("3301000000007", "CV Sesudah"));
        registry.deactivate(admin, id, registry.profile(admin, id).version());

        var history = audit.history("member", id);

        assertThat(history).extracting(AuditEntry -> AuditEntry.action()).containsExactly("UPDATED", "UPDATED", "CREATED");
        assertThat(history.get(0).changedFields()).containsExactly("active");
        assertThat(history.get(1).changedFields()).containsExactly("legalName");
        assertThat(history).allMatch(e -> e.actor().equals("system"));
    }

    private long newCooperative(String name) {
        long cluster = directory.register(new Cluster("Sentra " + name, "Klaten", "Jawa Tengah", null));
        return directory.register(new Cooperative(name, cluster, 1976, null, "Klaten", "Jawa Tengah", null));
    }

    static MemberDetails details(String nib, String name) {
        return new MemberDetails(name, nib, "Pak Sutrisno",
                new Address("Jl. Batur 1", "Batur", "Ceper", "Klaten", "Jawa Tengah"), new GeoPoint(-7.65, 110.68),
                25, 1988, Set.of(Process.SAND_CASTING, Process.MACHINING), Set.of(MaterialFamily.GREY_IRON),
                List.of(Equipment.furnace(FurnaceType.CUPOLA, 1500, 4), Equipment.machine(EquipmentKind.LATHE, 2)),
                List.of(new Certification(CertificationKind.SNI, "SNI 07-0636", "LSPro", LocalDate.of(2030, 1, 1))),
                List.of(Capacity.kilograms(MaterialFamily.GREY_IRON, 30_000)));
    }
}
