package qi.core.result;

/**
 * One panel of a small-multiples analysis: the analysis of the observations that share a value of
 * the facet column (a ward, a site).
 *
 * @param name the facet's value
 * @param analysis its analysis
 */
public record Facet(String name, Analysis analysis) {}
