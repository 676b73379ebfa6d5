package vn.cchc.reporting;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Vietnamese texts the reporting processes show in forms, as Thymeleaf text templates under
 * {@code templates/reporting/} (Markdown for Camunda Forms' text views).
 */
@Component
public class ReportTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    ReportTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/reporting/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    public String render(String template, Map<String, Object> data) {
        return engine.process(template, new Context(new java.util.Locale("vi"), data)).strip();
    }
}
