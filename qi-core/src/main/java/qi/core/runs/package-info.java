/**
 * The runs analysis of a part (Anhøj and Olesen 2014): implementation, not exported. The engine and
 * the PDSA cycle study call it; users read its figures in {@code PartResult} and, when they write a
 * rule, in {@code RuleInput.runs()}.
 */
package qi.core.runs;
