package id.sentra.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a cursor-paged JSON list to its end, page by page, checking that no page holds more than the limit. */
public final class CursorWalk {

    private CursorWalk() {
    }

    /** The ids of every item in the order served, following {@code next} until it is absent. */
    public static List<Long> ids(MockMvc mvc, JsonMapper json, String token, String path, int limit) throws Exception {
        var ids = new ArrayList<Long>();
        String cursor = null;
        int pages = 0;
        do {
            var request = get(path).header("Authorization", token).param("limit", String.valueOf(limit));
            if (cursor != null) {
                request = request.param("cursor", cursor);
            }
            String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            JsonNode page = json.readTree(body);
            assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
            page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
            var next = page.get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
            assertThat(++pages).as("pages read").isLessThan(10_000);
        } while (cursor != null);
        return ids;
    }
}
