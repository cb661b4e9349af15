package org.primebatch.cases;

/** One input column of a case table: the worksheet alias it sets and the unit its numbers are in (null for none). */
public record Column(String alias, String unit) {
}
