package id.sentra.platform.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

import id.sentra.platform.security.CurrentUser;

/**
 * Puts the signed-in user ({@code me}, for the navigation and the role-specific parts) and today's date ({@code today},
 * for "valid" and "expired" marks) into the model of every page.
 * <p>
 * Added after the handler, to views only. As {@code @ModelAttribute} methods of a {@code @ControllerAdvice} they were
 * invoked, and the advice matched against the controller's annotations, on every request, the JSON API's included,
 * which renders no model: about 8 % of the CPU of a trace request (bench/scale-pages3.md). A redirect gets neither,
 * or they would become query parameters of its address.
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserModel implements WebMvcConfigurer, HandlerInterceptor {

    private final Clock clock;

    CurrentUserModel(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           @Nullable ModelAndView page) {
        if (page == null || redirects(page)) {
            return;
        }
        var model = page.getModelMap();
        model.putIfAbsent("today", LocalDate.now(clock));
        if (!model.containsAttribute("me")) {
            CurrentUser.get().ifPresent(me -> model.addAttribute("me", me));
        }
    }

    private static boolean redirects(ModelAndView page) {
        var name = page.getViewName();
        return name != null ? name.startsWith("redirect:") : page.getView() instanceof RedirectView;
    }
}
