package dev.setpoint.server.errors;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses some requests before any servlet sees them (an encoded {@code /} or a malformed
 * path, say) and answers those with its host's error report, an HTML page. The host gets this report
 * instead, which writes them as problem documents like every other error.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ProblemWriter problems;

    ContainerErrors(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // The host adds a report of this class at start unless its pipeline already has one.
                host.getPipeline().addValve(new ProblemReport(problems));
                host.setErrorReportValveClass(ProblemReport.class.getName());
            }
        });
    }

    /** Tomcat's error report, as {@code application/problem+json}. */
    private static final class ProblemReport extends ErrorReportValve {

        private final ProblemWriter problems;

        ProblemReport(ProblemWriter problems) {
            this.problems = problems;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            HttpStatus status = HttpStatus.resolve(response.getStatus());
            if (status == null
                    || !status.isError()
                    || response.getContentWritten() > 0
                    || !response.setErrorReported()) {
                return;
            }
            try {
                problems.write(
                        request, response, status, status.getReasonPhrase().toLowerCase());
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response was committed meanwhile; nothing more to say.
            }
        }
    }
}
