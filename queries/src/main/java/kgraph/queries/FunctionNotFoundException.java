package kgraph.queries;

import java.util.List;

/** No imported image has a function of that name (or not the image asked for). */
public class FunctionNotFoundException extends RuntimeException {

    private final List<String> suggestions;

    public FunctionNotFoundException(String message, List<String> suggestions) {
        super(suggestions.isEmpty() ? message : message + "; did you mean: " + String.join(", ", suggestions) + "?");
        this.suggestions = List.copyOf(suggestions);
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
