package vn.cchc.importer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.agency.TextFold;

/**
 * Agency phrases the SNV specialist mapped to agencies ("các đơn vị liên quan" → Sở Nội vụ, Sở Tư pháp), in table
 * {@code cchc_agency_alias}. They are loaded into the resolver at start, after each new mapping is committed, and
 * before each import (so a mapping made on another node of a cluster counts too).
 */
@Component
public class AgencyAliases implements SmartInitializingSingleton {

    /** Characters of {@code cchc_agency_alias.phrase}. */
    static final int PHRASE_LENGTH = 500;

    public record Alias(String phrase, List<String> agencyIds, String createdBy) {
    }

    private final JdbcClient jdbc;
    private final AgencyResolver resolver;
    private final Clock clock;

    AgencyAliases(JdbcClient jdbc, AgencyResolver resolver, Clock clock) {
        this.jdbc = jdbc;
        this.resolver = resolver;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        refresh();
    }

    public List<Alias> all() {
        return jdbc.sql("SELECT phrase, agency_ids, created_by FROM cchc_agency_alias ORDER BY phrase")
                .query((rs, n) -> new Alias(rs.getString(1), Arrays.asList(rs.getString(2).split(",")),
                        rs.getString(3)))
                .list();
    }

    /** Loads every mapping into the resolver. */
    public void refresh() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        all().forEach(a -> aliases.put(a.phrase(), a.agencyIds()));
        resolver.setLearnedAliases(aliases);
    }

    /** Forgets the mapping of a phrase (a mistaken mapping); items already stored keep their agencies. */
    public void remove(String phrase) {
        jdbc.sql("DELETE FROM cchc_agency_alias WHERE phrase_key = ?").param(TextFold.key(TextFold.clean(phrase)))
                .update();
        afterCommit();
    }

    /** Remembers (or replaces) the mapping of a phrase; the resolver knows it once the transaction commits. */
    public void add(String phrase, List<String> agencyIds, String user) {
        String cleaned = TextFold.clean(phrase == null ? "" : phrase);
        if (cleaned.isEmpty() || agencyIds.isEmpty()) {
            throw vn.cchc.plan.PlanInputException.of("importer.alias.noAgency", cleaned);
        }
        if (cleaned.length() > PHRASE_LENGTH) {
            // a phrase of an appendix cell is short; a longer one is a paste error, and its column keeps 500
            throw vn.cchc.plan.PlanInputException.of("importer.alias.tooLong", cleaned.length(), PHRASE_LENGTH);
        }
        for (String id : agencyIds) {
            if (resolver.directory().byId(id).isEmpty()) {
                throw vn.cchc.plan.PlanInputException.of("importer.alias.unknownId", id);
            }
        }
        String key = TextFold.key(cleaned);
        jdbc.sql("DELETE FROM cchc_agency_alias WHERE phrase_key = ?").param(key).update();
        jdbc.sql("INSERT INTO cchc_agency_alias (phrase_key, phrase, agency_ids, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(key, cleaned, String.join(",", agencyIds), user, LocalDateTime.now(clock)).update();
        afterCommit();
    }

    private void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refresh();
                }
            });
        } else {
            refresh();
        }
    }
}
