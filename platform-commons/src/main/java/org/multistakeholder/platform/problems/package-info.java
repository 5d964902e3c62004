/**
 * Problem documents (RFC 9457). Services throw what {@link org.multistakeholder.platform.problems.Problems} builds;
 * quarkus-resteasy-problem answers it as {@code application/problem+json}.
 *
 * <p>The rest is found by Quarkus, not imported: {@code CompleteProblems} gives every problem a type and a detail,
 * {@code UnreadableBodyProblems} and {@code MismatchedInputProblemMapper} say in the API's words what is wrong with
 * a body Jackson could not read, and {@code PersistenceProblemMapper} turns a lost write race into 412 or 409.
 */
package org.multistakeholder.platform.problems;
