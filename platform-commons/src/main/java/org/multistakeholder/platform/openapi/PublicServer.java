package org.multistakeholder.platform.openapi;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The document's server is the gateway's public address ({@value #PROPERTY}, from {@code PUBLIC_URL}), which only
 * the deployment knows: a relative {@code /} leaves generated clients on {@code http://localhost:80}. Applied when
 * the service starts, not at build time, so one build serves every deployment.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class PublicServer implements OASFilter {

    static final String PROPERTY = "platform.api.public-url";
    static final String DEFAULT = "http://localhost:8080";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String url = ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class).orElse(DEFAULT).replaceAll("/+$", "");
        openAPI.setServers(List.of(OASFactory.createServer().url(url)
                .description("The gateway that serves the API: PUBLIC_URL of the deployment, http://localhost:8080 for deploy/local/up")
                .addExtension("x-internal", false)));
    }
}
