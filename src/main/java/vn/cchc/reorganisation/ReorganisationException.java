package vn.cchc.reorganisation;

import java.util.List;

/** A reorganisation that cannot be made as asked; the problems are Vietnamese and name the field at fault. */
public class ReorganisationException extends RuntimeException {

    private final List<String> problems;

    public ReorganisationException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
