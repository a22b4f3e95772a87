package id.sentra.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.BrowserTest;

/** The operator's everyday work on the member book: search, filter, open a profile, enter a member. */
class MemberBrowserTests extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void searchNarrowsTheListAsTheOperatorTypes() {
        String name = demoMemberName();
        signInAs("operator");
        page.navigate(url("/members"));
        assertThat(page.locator("#result-count")).hasText(operatorsActiveMembers() + " anggota");

        page.locator("#q").fill(name);

        assertThat(page.locator("#result-count")).hasText("1 anggota");
        assertThat(page.locator("#member-table tbody tr").first()).containsText(name);
    }

    @Test
    void filtersCombineAndKeepTheirChoicesInTheAddress() {
        long withSpectrometer = jdbc.sql("""
                select count(distinct m.id) from member m join member_equipment e on e.member_id = m.id
                join account a on a.cooperative_id = m.cooperative_id and a.username = 'operator'
                where e.kind = 'SPECTROMETER' and m.active = true""").query(Long.class).single();
        signInAs("operator");
        page.navigate(url("/members"));

        page.locator("#equipment").selectOption("SPECTROMETER");

        assertThat(page.locator("#result-count")).hasText(withSpectrometer + " anggota");
        assertThat(page).hasURL(Pattern.compile(".*equipment=SPECTROMETER.*"));
        page.locator("#material").selectOption("ALUMINIUM");
        assertThat(page).hasURL(Pattern.compile(".*material=ALUMINIUM.*"));
    }

    @Test
    void theOperatorChangesAMembersPriceFromItsProfile() {
        long member = jdbc.sql("""
                select m.id from member m join member_price p on p.member_id = m.id and p.material = 'GREY_IRON'
                join account a on a.cooperative_id = m.cooperative_id and a.username = 'operator.tegal'
                order by m.id desc fetch first 1 rows only""").query(Long.class).single();
        signInAs("operator.tegal");
        page.navigate(url("/members/" + member));

        page.locator("#member-prices").click();
        var greyIron = page.locator("#price-table tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("kelabu"));
        greyIron.locator("input[inputmode=numeric]").fill("17300");
        page.locator("#save-prices").click();

        assertThat(page.locator("#saved")).isVisible();
        assertThat(greyIron.locator("td.num")).containsText("17.300");
    }

    @Test
    void opensAProfileFromTheList() {
        String name = demoMemberName();
        signInAs("operator");
        page.navigate(url("/members"));
        page.locator("#q").fill(name);
        assertThat(page.locator("#result-count")).hasText("1 anggota");

        page.locator("#member-table tbody a").first().click();

        assertThat(page.locator("#profile-name")).hasText(name);
        assertThat(page.locator("#equipment-table")).containsText("Spektrometer");
    }

    @Test
    void aBadNibIsShownNextToTheFieldAndNothingIsSaved() {
        long before = memberCount();
        signInAs("operator");
        page.navigate(url("/members/new"));
        page.locator("#legalName").fill("CV Uji Peramban");
        page.locator("#nib").fill("12345");
        page.locator("#ownerName").fill("Pak Harjo");
        page.locator("#kecamatan").fill("Ceper");
        page.locator("#kabupaten").fill("Klaten");
        page.locator("#workforce").fill("12");

        page.locator("#save-member").click();

        assertThat(page.locator("#nib-error")).hasText("NIB harus 13 digit angka (Nomor Induk Berusaha dari OSS).");
        assertThat(page.locator("#legalName")).hasValue("CV Uji Peramban");
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void aNewMemberIsSavedAndShownOnItsProfile() {
        signInAs("operator");
        page.navigate(url("/members/new"));
        page.locator("#legalName").fill("CV Peramban Sejahtera");
        page.locator("#nib").fill("3310 9988 7766 5");
        page.locator("#ownerName").fill("Bu Warsini");
        page.locator("#kecamatan").fill("Ceper");
        page.locator("#kabupaten").fill("Klaten");
        page.locator("#workforce").fill("14");
        page.locator("#add-equipment").click();
        page.locator("select[name='equipment[0].kind']").selectOption("FURNACE");
        page.locator("select[name='equipment[0].furnaceType']").selectOption("CUPOLA");
        page.locator("input[name='equipment[0].kgPerHeat']").fill("1200");
        page.locator("input[name='equipment[0].heatsPerDay']").fill("2");

        page.locator("#save-member").click();

        assertThat(page.locator("#saved")).isVisible();
        assertThat(page.locator("#profile-name")).hasText("CV Peramban Sejahtera");
        assertThat(page.locator("#equipment-table")).containsText("Kupola");
        assertThat(page.locator("#profile-workforce")).hasText("14");
    }

    @Test
    void theListIsUsableOnAPhone() {
        page.setViewportSize(375, 740);
        signInAs("operator");
        page.navigate(url("/members"));

        int pageWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(pageWidth).as("no sideways scrolling of the page itself").isLessThanOrEqualTo(375);
        assertThat(page.locator("#main-nav")).isHidden();
        page.locator(".nav-button").click();
        assertThat(page.locator("#main-nav")).isVisible();
        assertThat(page.locator("#q")).isVisible();
    }

    private String demoMemberName() {
        return jdbc.sql("select m.legal_name from member m join account a on a.member_id = m.id where a.username = 'member'")
                .query(String.class).single();
    }

    private long operatorsActiveMembers() {
        return jdbc.sql("""
                select count(*) from member m join account a on a.cooperative_id = m.cooperative_id
                where a.username = 'operator' and m.active = true""").query(Long.class).single();
    }

    private long memberCount() {
        return jdbc.sql("select count(*) from member").query(Long.class).single();
    }
}
