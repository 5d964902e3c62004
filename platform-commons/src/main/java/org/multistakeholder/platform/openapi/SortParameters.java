package org.multistakeholder.platform.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.multistakeholder.platform.paging.PageRequest;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every list takes the same {@code sort} parameter ({@link PageRequest}), but each may be sorted by fields of its
 * own. A list names them on its resource method, {@code @Extension(name = SortParameters.SORTABLE, value = "id, title")},
 * and its document's {@code sort} then lists exactly those values, each ascending and with '-' descending, with
 * an example the list accepts.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SortParameters implements OASFilter {

    public static final String SORTABLE = "x-sortable";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                Map<String, Object> extensions = operation.getExtensions();
                if (extensions == null || !extensions.containsKey(SORTABLE) || operation.getParameters() == null) {
                    continue;
                }
                List<String> fields = Arrays.stream(String.valueOf(extensions.get(SORTABLE)).split(","))
                        .map(String::trim).filter(field -> !field.isEmpty()).toList();
                operation.removeExtension(SORTABLE);
                List<Parameter> parameters = new ArrayList<>(operation.getParameters());
                for (int i = 0; i < parameters.size(); i++) {
                    Parameter parameter = parameters.get(i);
                    if (parameter.getIn() == Parameter.In.QUERY && "sort".equals(parameter.getName())) {
                        // A new parameter: the one scanned from PageRequest is shared by every list.
                        parameters.set(i, sortBy(fields));
                    }
                }
                operation.setParameters(parameters);
            }
        }
    }

    private static Parameter sortBy(List<String> fields) {
        List<Object> values = new ArrayList<>();
        for (String field : fields) {
            values.add(field);
            values.add("-" + field);
        }
        return OASFactory.createParameter().name("sort").in(Parameter.In.QUERY)
                .description("The field to sort by: " + String.join(", ", fields) + "; '-' before it sorts in descending order")
                .example("-" + fields.get(0))
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(values)
                        .maxLength(PageRequest.MAX_SORT_LENGTH));
    }
}
