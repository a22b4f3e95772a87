package id.sentra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;

/** Pages link static files by names that carry their content's hash, and browsers may keep those files for a year. */
@SentraIntegrationTest
class StaticResourcesTests {

    private static final Pattern HASHED_STYLESHEET = Pattern.compile("/css/sentra-[0-9a-f]{32}\\.css");
    private static final Pattern HASHED_HTMX = Pattern.compile("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min-[0-9a-f]{32}\\.js");

    @Autowired MockMvc mvc;

    @Test
    void aPageLinksItsStylesheetAndScriptsByContentHash() throws Exception {
        String html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

        assertThat(HASHED_STYLESHEET.matcher(html).find()).as("hashed stylesheet link in %s", html).isTrue();
        assertThat(HASHED_HTMX.matcher(html).find()).as("hashed htmx link").isTrue();
        assertThat(html).doesNotContain("href=\"/css/sentra.css\"");
    }

    @Test
    void aHashedFileIsServedToBeKeptForAYear() throws Exception {
        var response = mvc.perform(get(linkOnTheSignInPage(HASHED_STYLESHEET))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/css");
        assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000").contains("immutable");
        assertThat(response.getHeaders("Cache-Control")).hasSize(1);
        assertThat(response.getHeader("Pragma")).isNull();
        assertThat(response.getHeader("Expires")).isNull();
        assertThat(response.getContentAsString()).isNotBlank();
    }

    @Test
    void aWebjarIsServedUnderItsHashedName() throws Exception {
        var response = mvc.perform(get(linkOnTheSignInPage(HASHED_HTMX))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000");
        assertThat(response.getContentAsString()).contains("htmx");
    }

    private String linkOnTheSignInPage(Pattern hashed) throws Exception {
        String html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        var link = hashed.matcher(html);
        assertThat(link.find()).as("link matching %s", hashed).isTrue();
        return link.group();
    }
}
