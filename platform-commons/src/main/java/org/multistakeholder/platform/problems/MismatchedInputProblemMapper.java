package org.multistakeholder.platform.problems;

import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** A body of the wrong shape ({@code "title": {}}, an array for an object) would otherwise get an empty 400. */
@Provider
public class MismatchedInputProblemMapper extends ExceptionMapperBase<MismatchedInputException> {

    @Override
    protected HttpProblem toProblem(MismatchedInputException exception) {
        return UnreadableBody.problem(exception);
    }
}
