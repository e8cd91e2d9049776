package qi.core.rules;

import java.util.OptionalInt;

/**
 * The runs analysis of one part: qicharts2's {@code n.obs}, {@code n.useful}, {@code longest.run},
 * {@code longest.run.max}, {@code n.crossings}, {@code n.crossings.min} and {@code runs.signal}.
 * The four run figures are empty when no observation is useful.
 *
 * @param nObs included points of the part, missing values among them
 * @param nUseful included points with a value that is not on the centre line
 * @param longestRun the longest run of useful points on one side of the centre line
 * @param longestRunMax the longest run the Anhøj rule allows
 * @param crossings the number of times the useful points cross the centre line
 * @param crossingsMin the fewest crossings the Anhøj rule allows
 * @param signal whether the runs analysis signals a shift
 */
public record RunsFigures(
    int nObs,
    int nUseful,
    OptionalInt longestRun,
    OptionalInt longestRunMax,
    OptionalInt crossings,
    OptionalInt crossingsMin,
    boolean signal) {}
