package id.sentra.quality.certificate.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 429 Too Many Requests, in the reader's language, to a client that has used up its verification tries; the
 * client is the remote address (behind a proxy, set {@code server.forward-headers-strategy} so it is the caller's).
 */
@Component
class VerifyRateLimitInterceptor implements HandlerInterceptor {

    private final VerifyRateLimit limit;
    private final MessageSource messages;

    VerifyRateLimitInterceptor(VerifyRateLimit limit, MessageSource messages) {
        this.limit = limit;
        this.messages = messages;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (limit.tryTake(request.getRemoteAddr())) {
            return true;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        String title = messages.getMessage("cert.verify.tooMany.title", null, locale);
        String text = messages.getMessage("cert.verify.tooMany", new Object[] {limit.retryAfterSeconds()}, locale);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(limit.retryAfterSeconds()));
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(title) + "</title></head><body><main><h1>" + HtmlUtils.htmlEscape(title)
                + "</h1><p id=\"too-many\">" + HtmlUtils.htmlEscape(text) + "</p></main></body></html>");
        return false;
    }
}
