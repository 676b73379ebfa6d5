package vn.cchc.agency;

import java.util.List;

/** One agency of the directory; {@code id} is an ASCII slug and doubles as its Camunda group id. */
public record Agency(String id, String name, List<String> aliases, AgencyClass agencyClass, String email, String head,
                     String parent) {

    public Agency {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
