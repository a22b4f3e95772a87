package id.sentra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's first command in miniature: the application on its embedded default (an H2 file
 * database), empty at start, fills itself with the demo data and lets the demo operator sign in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDatabaseSmokeTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");

    private Path dataDirectory;

    private ConfigurableApplicationContext application;
    private String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void startOnTheEmbeddedDatabase() throws java.io.IOException {
        dataDirectory = Files.createTempDirectory("sentra-embedded");
        application = SpringApplication.run(SentraApplication.class,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("sentra")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.username=sa", "--spring.datasource.password=");
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        base = "http://127.0.0.1:" + port;
    }

    @AfterAll
    void stop() throws java.io.IOException {
        if (application != null) {
            application.close();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(dataDirectory);
    }

    @Test
    void operatorSignsInAndSeesTheCooperativeDashboard() throws Exception {
        var loginPage = get("/login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        var csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();

        var login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", "operator", "password", "sentra-demo",
                        "_csrf", csrf.group(1))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        var home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Koperasi Batur Jaya").contains("Anggota aktif");
    }

    @Test
    void healthIsUpOnTheEmbeddedDatabase() throws Exception {
        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String... pairs) {
        var body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
