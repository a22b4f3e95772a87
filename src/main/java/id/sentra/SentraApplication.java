package id.sentra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Sentra: one deployable modular monolith, one top-level package per business capability. */
@SpringBootApplication
@org.springframework.boot.context.properties.ConfigurationPropertiesScan
public class SentraApplication {

    public static void main(String[] args) {
        SpringApplication.run(SentraApplication.class, args);
    }
}
