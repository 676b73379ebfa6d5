package vn.cchc.importer.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.cchc.shared.Messages;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} ({@code config/importing.yml}): 413 with a
 * Vietnamese page instead of the container's error. The multipart body is parsed before any controller is chosen,
 * so this advice cannot be limited to the import controller; it answers for every upload form of the application.
 */
@ControllerAdvice
class UploadTooLarge {

    private static final Logger LOG = LoggerFactory.getLogger(UploadTooLarge.class);

    private final Messages messages;
    private final DataSize maxFileSize;

    UploadTooLarge(Messages messages,
                   @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e) {
        LOG.info("Upload refused: larger than {} ({})", maxFileSize, e.getMostSpecificCause().getMessage());
        ModelAndView page = new ModelAndView("importing/too-large");
        page.addObject("title", messages.get("importer.upload.tooLargeTitle"));
        page.addObject("message", messages.get("importer.upload.tooLarge", maxFileSize.toMegabytes()));
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return page;
    }
}
