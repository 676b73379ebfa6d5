package vn.cchc.reorganisation;

/**
 * What happens to the agencies: several become one ({@code MERGE}: A + B → C, C may be one of them), or one takes
 * another id and name ({@code RENAME}: A → C). Split and dissolve are not built yet (docs/agencies.md).
 */
public enum ReorganisationKind {
    MERGE, RENAME
}
