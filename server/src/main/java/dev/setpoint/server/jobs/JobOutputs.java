package dev.setpoint.server.jobs;

import dev.setpoint.store.JobOutput;
import dev.setpoint.store.JobRecord;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A job's output as a download: its media type, shown inline, never sniffed as something else. */
public final class JobOutputs {

    private JobOutputs() {}

    public static ResponseEntity<Resource> response(JobRecord job, String name, Path file) {
        String mediaType = job.outputs().stream()
                .filter(o -> o.name().equals(name))
                .map(JobOutput::mediaType)
                .findFirst()
                .orElse(MediaType.APPLICATION_OCTET_STREAM_VALUE);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file));
    }
}
