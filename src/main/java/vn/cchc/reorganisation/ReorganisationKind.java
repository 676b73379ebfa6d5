package vn.cchc.reorganisation;

/**
 * What happens to the agencies (docs/agencies.md). {@code MERGE}: several become one (A + B → C, C may be one of
 * them). {@code RENAME}: one takes another id and name (A → C). {@code SPLIT}: one ends and its open work is divided
 * among several successors, SNV choosing the successor of each open assignment (A → B + C); work not tied to an
 * assignment (reports, inspections, findings) goes to the main successor. {@code DISSOLVE}: one or more agencies end
 * without a merger; their open work goes to a named successor, or back to SNV's own agency, which then reassigns it:
 * {@code REASSIGN} sends assignments a reorganisation moved to an agency (work given back to SNV) on to the agencies
 * SNV chooses, one by one; the agency goes on and keeps what SNV does not choose.
 */
public enum ReorganisationKind {
    MERGE, RENAME, SPLIT, DISSOLVE, REASSIGN
}
