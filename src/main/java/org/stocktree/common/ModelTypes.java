package org.stocktree.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Every {@link ModelType} the features declare, by model name. */
@ApplicationScoped
public class ModelTypes {

    @Inject
    @Any
    Instance<ModelType> declared;

    private volatile Map<String, ModelType> byModel;

    public Optional<ModelType> of(String model) {
        Map<String, ModelType> known = byModel;
        if (known == null) {
            known = StreamSupport.stream(declared.spliterator(), false)
                    .collect(Collectors.toUnmodifiableMap(ModelType::model, type -> type));
            byModel = known;
        }
        return Optional.ofNullable(known.get(model));
    }
}
