package id.sentra.quality.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Characteristic;
import id.sentra.quality.CharacteristicKind;
import id.sentra.quality.Limits;
import id.sentra.quality.NewSpecification;
import id.sentra.quality.ProductSpecification;
import id.sentra.quality.RevisionContent;
import id.sentra.quality.RevisionRequest;

/** The specification list one page at a time, by part number, each page in the reader's scope. */
@SentraIntegrationTest
class SpecPagesTests {

    @Autowired ProductSpecCatalog catalog;
    @Autowired Accounts accounts;

    private SentraUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    @Test
    void theSecondPageOfAnOperatorShowsItsCooperativesNextSpecifications() {
        var operator = user("operator");
        var first = catalog.list(operator, PageRequest.of(0, 4)).getContent();
        assertThat(first).hasSize(4);

        var second = catalog.list(operator, PageRequest.of(1, 2));

        assertThat(second.getContent()).extracting(ProductSpecification::id)
                .containsExactlyElementsOf(first.subList(2, 4).stream().map(ProductSpecification::id).toList());
        assertThat(second.getContent()).allSatisfy(s -> assertThat(s.parties().cooperativeId()).isEqualTo(operator.cooperativeId()));
    }

    private long buyersSpecification(SentraUser buyer, String partNumber) {
        var content = new RevisionContent("DWG-" + partNumber, "A", "FC250", null, List.of(
                new Characteristic("Kekerasan", CharacteristicKind.HARDNESS, "HB", null, Limits.of("200", "250"), true)), List.of());
        return catalog.create(buyer, new NewSpecification(user("operator").cooperativeId(), null, partNumber, "Blok uji halaman",
                new RevisionRequest(LocalDate.of(2026, 5, 1), "", content)));
    }

    @Test
    void aBuyersSecondPageHoldsOnlyItsOwnSpecifications() {
        var buyer = user("buyer");
        buyersSpecification(buyer, "PAGE-B-1");
        buyersSpecification(buyer, "PAGE-B-2");
        var first = catalog.list(buyer, PageRequest.of(0, 2)).getContent();
        assertThat(first).hasSize(2);

        var second = catalog.list(buyer, PageRequest.of(1, 1));

        assertThat(second.getContent()).extracting(ProductSpecification::id).containsExactly(first.get(1).id());
        assertThat(second.getContent()).allSatisfy(s -> assertThat(s.parties().buyerId()).isEqualTo(buyer.buyerId()));
    }
}
