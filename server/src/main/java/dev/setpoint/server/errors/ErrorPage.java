package dev.setpoint.server.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page, where errors raised outside Spring MVC end up: an exception from a
 * servlet filter (authentication reads the database, say), or a bare error status. An exception is
 * thrown again here, inside MVC, so that {@link ProblemAdvice} maps it like any other; a bare status
 * gets a problem document of its own. Without this, Spring Boot answers such errors in its own JSON.
 */
@RestController
class ErrorPage implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request) throws Exception {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Exception failure) {
            throw failure;
        }
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                        && HttpStatus.resolve(code) != null
                ? HttpStatus.valueOf(code)
                : HttpStatus.NOT_FOUND;
        return ResponseEntity.status(status)
                .body(ProblemDocuments.of(status, status.getReasonPhrase().toLowerCase(), List.of()));
    }
}
