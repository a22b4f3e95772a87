package id.sentra.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document's title and the bearer-token scheme that every API call uses. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI sentraOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Sentra API").version("v1")
                        .description("Registry of IKM clusters, members and buyers. Sign in with an API token "
                                + "(create one under Token API in the web app) as 'Authorization: Bearer <token>'. "
                                + "Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("apiToken",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }
}
